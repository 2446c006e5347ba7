package kz.kepil.platform;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import kz.kepil.testsupport.Portal;
import kz.kepil.testsupport.Portal.Reply;
import kz.kepil.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PlatformIT {

    @Test
    void readinessReportsDatabaseReachableAndMigrationsApplied() {
        Reply runtime = Portal.get("/health/ready");
        Reply api = Portal.get("/api/v1/health/ready");

        assertThat(runtime.status()).as(runtime.toString()).isEqualTo(200);
        assertThat(runtime.body()).contains("\"database\"").contains("\"UP\"");
        assertThat(api.status()).as(api.toString()).isEqualTo(200);
        JsonObject check = api.json().getJsonArray("checks").getJsonObject(0);
        assertThat(check.getString("status")).isEqualTo("UP");
        assertThat(check.getJsonObject("data").getString("migrations")).isEqualTo("applied");
        assertThat(check.getJsonObject("data").getString("schemaVersion")).isNotBlank();
    }

    @Test
    void openApiDescribesTheApiUnderItsBasePath() {
        Reply openapi = Portal.request("GET", "/openapi").header("Accept", "application/json").send();

        assertThat(openapi.status()).as(openapi.toString()).isEqualTo(200);
        JsonObject paths = openapi.json().getJsonObject("paths");
        assertThat(paths.keySet()).contains("/api/v1/health/ready", "/api/v1/audit/verification", "/api/v1/regions",
                "/api/v1/me", "/api/v1/users/{id}/roles");
    }

    /**
     * Every operation the API describes, sent a body that is not JSON (and path parameters that do not
     * parse), answers a problem+json 4xx when it reads a body; none answers a 5xx or an HTML page.
     */
    @Test
    void malformedRequestToAnyApiPathIsAProblemNeverAServerError() {
        JsonObject paths = Portal.request("GET", "/openapi").header("Accept", "application/json").send()
                .json().getJsonObject("paths");
        String token = TestDatabase.userWithRoles("AUTHORITY", "AUDITOR").token();
        List<String> failures = new ArrayList<>();
        int probed = 0;
        for (Map.Entry<String, JsonValue> path : paths.entrySet()) {
            String concrete = path.getKey().replaceAll("\\{[^}]+}", "x%20y");
            for (Map.Entry<String, JsonValue> operation : path.getValue().asJsonObject().entrySet()) {
                String method = operation.getKey();
                if (!List.of("get", "post", "put", "delete", "patch").contains(method)) {
                    continue;
                }
                boolean readsBody = operation.getValue().asJsonObject().containsKey("requestBody");
                for (String caller : new String[]{null, token}) {
                    Reply reply = Portal.request(method.toUpperCase(), concrete).token(caller)
                            .body("application/json", "{\"broken\": ").send();
                    probed++;
                    boolean problem = reply.status() >= 400 && reply.status() < 500 && reply.problemCode() != null;
                    boolean acceptable = problem || !readsBody && reply.status() < 400;
                    if (!acceptable) {
                        failures.add(reply.toString());
                    }
                }
            }
        }
        assertThat(probed).isGreaterThan(10);
        assertThat(failures).isEmpty();
    }

    @Test
    void malformedJsonBodyIsRefusedWithItsCode() {
        String token = TestDatabase.userWithRoles("AUTHORITY").token();

        Reply reply = Portal.post("/api/v1/users/1/roles", "{\"role\": ", token);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.problemCode()).isEqualTo("MALFORMED_JSON");
        assertThat(reply.json().getInt("status")).isEqualTo(400);
        assertThat(reply.json().getString("type")).isNotBlank();
        assertThat(reply.json().getString("title")).isNotBlank();
    }

    @Test
    void unknownValueOfAnEnumIsMalformedJson() {
        String token = TestDatabase.userWithRoles("AUTHORITY").token();

        Reply reply = Portal.post("/api/v1/users/1/roles", "{\"role\": \"EMPEROR\"}", token);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.problemCode()).isEqualTo("MALFORMED_JSON");
    }

    @Test
    void unknownApiPathIsANotFoundProblem() {
        Reply reply = Portal.get("/api/v1/no-such-thing");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.problemCode()).isEqualTo("NOT_FOUND");
    }

    @Test
    void wrongMethodIsAMethodNotAllowedProblemNamingTheAllowedOnes() {
        Reply reply = Portal.request("DELETE", "/api/v1/regions").send();

        assertThat(reply.status()).isEqualTo(405);
        assertThat(reply.problemCode()).isEqualTo("METHOD_NOT_ALLOWED");
        assertThat(reply.header("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
    }

    @Test
    void bodyInAnotherMediaTypeIsUnsupported() {
        String token = TestDatabase.userWithRoles("AUTHORITY").token();

        Reply reply = Portal.request("POST", "/api/v1/users/1/roles").token(token)
                .body("text/plain", "role=AUDITOR").send();

        assertThat(reply.status()).isEqualTo(415);
        assertThat(reply.problemCode()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void missingRequiredFieldsAreNamedInAValidationProblem() {
        String token = TestDatabase.userWithRoles("AKIMAT_SPECIALIST").token();

        Reply reply = Portal.post("/api/v1/representations", "{\"kind\": \"PROXY\", \"representativeIin\": \"12\"}", token);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.problemCode()).isEqualTo("VALIDATION_FAILED");
        assertThat(reply.json().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).toList())
                .contains("beneficiaryIin", "representativeIin", "basis");
    }

    @Test
    void protectedResourceWithoutTokenIsNotAuthenticated() {
        Reply reply = Portal.get("/api/v1/audit/verification");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.problemCode()).isEqualTo("NOT_AUTHENTICATED");
        assertThat(reply.header("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).startsWith("Bearer"));
    }

    @Test
    void unknownTokenIsRefusedEvenOnPublicResources() {
        Reply reply = Portal.get("/api/v1/regions", "not-a-real-token");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.problemCode()).isEqualTo("TOKEN_INVALID");
    }

    @Test
    void callerWithoutTheRoleIsForbidden() {
        String beneficiary = TestDatabase.userWithRoles("BENEFICIARY").token();

        Reply reply = Portal.get("/api/v1/audit/verification", beneficiary);

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.problemCode()).isEqualTo("FORBIDDEN");
    }

    @Test
    void seventeenRegionsAndThreeCitiesEachHaveAnAkimat() {
        Reply reply = Portal.get("/api/v1/regions");

        assertThat(reply.status()).isEqualTo(200);
        var regions = reply.jsonArray();
        assertThat(regions).hasSize(20);
        assertThat(regions.stream().filter(r -> r.asJsonObject().getString("kind").equals("CITY"))
                .map(r -> r.asJsonObject().getString("code")).toList())
                .containsExactlyInAnyOrder("KZ-71", "KZ-75", "KZ-79");
        assertThat(regions.stream().allMatch(r -> r.asJsonObject().getJsonArray("akimats").size() == 1)).isTrue();
        JsonObject almaty = regions.stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("code").equals("KZ-75")).findFirst().orElseThrow();
        assertThat(almaty.getJsonObject("names").getString("kk")).isEqualTo("Алматы қаласы");
        assertThat(almaty.getJsonArray("akimats").getJsonObject(0).getString("code")).isEqualTo("SD-75");
    }

    @Test
    void testPortalClockCanBeMovedAndReset() {
        Reply moved = Portal.request("PUT", "/api/v1/platform/clock").json("{\"now\": \"2027-03-20T10:00:00Z\"}").send();

        try {
            assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
            assertThat(moved.json().getString("now")).startsWith("2027-03-20T10:00");
            assertThat(Portal.get("/api/v1/platform/clock").json().getString("now")).startsWith("2027-03-20T10:0");
        } finally {
            Portal.request("DELETE", "/api/v1/platform/clock").send();
        }
        assertThat(Portal.get("/api/v1/platform/clock").json().getString("now")).doesNotStartWith("2027-03-20");
    }

    @Test
    void clockChangeWithoutATimeIsAValidationProblem() {
        Reply reply = Portal.request("PUT", "/api/v1/platform/clock").json("{}").send();

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.problemCode()).isEqualTo("VALIDATION_FAILED");
    }
}
