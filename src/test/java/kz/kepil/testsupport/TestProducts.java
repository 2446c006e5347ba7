package kz.kepil.testsupport;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.stream.Collectors;

/** What a product card of a classifier type needs in tests. */
public final class TestProducts {

    private TestProducts() {
    }

    /**
     * A value for each attribute the type requires, as the JSON object of a card: 5 for a number, the first
     * choice for a choice, "M" for text. {@code type} is the type as {@code GET /classifier} shows it.
     */
    public static String requiredAttributes(JsonObject type) {
        return type.getJsonArray("attributes").stream().map(JsonValue::asJsonObject)
                .filter(a -> a.getBoolean("required"))
                .map(a -> "\"" + a.getString("code") + "\":\"" + switch (a.getString("valueType")) {
                    case "NUMBER" -> "5";
                    case "CHOICE" -> a.getJsonArray("choices").getString(0);
                    default -> "M";
                } + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }
}
