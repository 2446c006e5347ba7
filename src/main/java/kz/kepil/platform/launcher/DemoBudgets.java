package kz.kepil.platform.launcher;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Gives every akimat a budget for this year and the next, through the API as the demo authority, so that
 * demo and test orders can be signed: a budget already allocated is left as it is. A portal without a
 * budget refuses every signing (BUDGET_EXCEEDED); this is the demo's allocation, not a default.
 */
final class DemoBudgets {

    /** One billion tenge per akimat and year. */
    static final String ALLOCATION = "1000000000.00";

    private final DemoSuppliers api;

    DemoBudgets(DemoSuppliers api) {
        this.api = api;
    }

    void allocate() {
        String authority = api.signIn("authority");
        int year = LocalDate.now(ZoneId.of("Asia/Almaty")).getYear();
        int allocated = 0;
        for (JsonValue region : (JsonArray) api.call("GET", "/regions", null, null)) {
            for (JsonValue akimat : region.asJsonObject().getJsonArray("akimats")) {
                String code = akimat.asJsonObject().getString("code");
                for (int y = year; y <= year + 1; y++) {
                    JsonObject budget = (JsonObject) api.call("GET", "/akimats/" + code + "/budget?year=" + y, null, authority);
                    if (budget.getJsonNumber("allocated").bigDecimalValue().signum() == 0) {
                        api.call("PUT", "/akimats/" + code + "/budget/" + y, "{\"allocated\":" + ALLOCATION + "}", authority);
                        allocated++;
                    }
                }
            }
        }
        if (allocated > 0) {
            Launcher.log("demo budgets: " + allocated + " akimat budgets allocated for " + year + " and " + (year + 1));
        }
    }
}
