package kz.kepil.testsupport;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** An akimat's budget as tests read it. */
public final class TestBudgets {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    private TestBudgets() {
    }

    /** The lines of the akimat's budget ledger for this year (in Almaty) that concern one order, in order. */
    public static List<JsonObject> movements(String akimat, long order, String token) {
        return Portal.get("/api/v1/akimats/" + akimat + "/budget/movements?year=" + LocalDate.now(ALMATY).getYear(), token)
                .jsonArray().stream().map(JsonValue::asJsonObject)
                .filter(m -> m.containsKey("orderId") && m.getJsonNumber("orderId").longValue() == order).toList();
    }
}
