package kz.kepil.testsupport;

import jakarta.json.JsonValue;

import java.util.List;

/** What the portal's notices say, as tests read them. */
public final class TestNotices {

    private TestNotices() {
    }

    /** The English texts of the caller's notices of one type. */
    public static List<String> texts(String token, String type) {
        return Portal.request("GET", "/api/v1/me/notices").token(token).header("Accept-Language", "en").send().jsonArray()
                .stream().map(JsonValue::asJsonObject).filter(n -> n.getString("type").equals(type)).map(n -> n.getString("text"))
                .toList();
    }
}
