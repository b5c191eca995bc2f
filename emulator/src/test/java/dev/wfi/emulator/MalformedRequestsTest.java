package dev.wfi.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 14, 9 and 13: the emulator answered 500 to broken framing, nothing to requests that never finish, and named
 * JDK exception classes ({@code URISyntaxException thrown}) in its answers; overlong UTF-8 in a URL was decoded
 * ({@code %c0%af} became {@code /}). Each malformed request gets the 4xx that says what is wrong, as JSON, and no
 * class name.
 */
class MalformedRequestsTest {

    @RegisterExtension
    static final RunningEmulator RUNNING = new RunningEmulator();
    static Emulator emulator;
    static String token;

    @BeforeAll
    static void start() throws Exception {
        emulator = RUNNING.emulator();
        token = emulator.tokens().issue(Set.of(Http.READ_WRITE), false);
    }


    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a chunk size that is no number | 400 | POST /v1.0/teamwork/workforceIntegrations HTTP/1.1~Host: x~AUTH~Content-Type: application/json~Transfer-Encoding: chunked~~ZZ~{}~0~~",
        "a body shorter than its Content-Length | 400 | POST /v1.0/teamwork/workforceIntegrations HTTP/1.1~Host: x~AUTH~Content-Type: application/json~Content-Length: 50~~{}",
        "a Content-Length that is no number | 400 | POST /v1.0/teamwork/workforceIntegrations HTTP/1.1~Host: x~AUTH~Content-Type: application/json~Content-Length: ten~~{}",
        "a URI the JDK cannot parse | 400 | GET /v1.0/teamwork/workforceIntegrations/a%zz HTTP/1.1~Host: x~AUTH~~",
        "a character no URI holds | 400 | GET /v1.0/teamwork/workforceIntegrations/a<b HTTP/1.1~Host: x~AUTH~~",
        "overlong UTF-8 in the path | 400 | GET /v1.0/teamwork/workforceIntegrations/%c0%af HTTP/1.1~Host: x~AUTH~~",
        "overlong UTF-8 in the query | 400 | GET /v1.0/teamwork/workforceIntegrations?$top=%c0%af HTTP/1.1~Host: x~AUTH~~",
        "an unknown HTTP version | 400 | GET /v1.0/teamwork/workforceIntegrations HTTP/9.9~Host: x~AUTH~~",
        "an unknown transfer coding | 400 | POST /v1.0/teamwork/workforceIntegrations HTTP/1.1~Host: x~AUTH~Transfer-Encoding: gzip~~{}",
        "headers over 8 KiB | 431 | GET /v1.0/teamwork/workforceIntegrations HTTP/1.1~Host: x~AUTH~X-Big: BIG~~",
        "a URI over 8 KiB | 414 | GET /v1.0/teamwork/workforceIntegrations/LONG HTTP/1.1~Host: x~AUTH~~",
    })
    void aMalformedRequestGetsA4xxInJsonWithoutClassNames(String what, int status, String request) throws Exception {
        String raw = request.replace("~", "\r\n").replace("AUTH", "Authorization: Bearer " + token)
                .replace("BIG", "b".repeat(9000)).replace("LONG", "l".repeat(9000)).replace("%c0%af", "%C0%AF");

        String answer = RawHttp.exchange(emulator.baseUri().getPort(), raw);

        assertEquals(status, RawHttp.status(answer), answer);
        assertTrue(answer.contains("\"error\":{\"code\":"), answer);
        assertTrue(answer.toLowerCase(java.util.Locale.ROOT).contains("content-type: application/json"), answer);
        assertFalse(answer.contains("Exception"), answer);
        assertFalse(answer.contains("<html"), answer);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "overlong UTF-8 in a JSON body | C0 AF",
        "a lone continuation byte in a JSON body | 80",
        "a surrogate encoded in UTF-8 | ED A0 80",
    })
    void malformedUtf8InABodyIs400(String what, String hex) throws Exception {
        StringBuilder bytes = new StringBuilder();
        for (String b : hex.split(" ")) {
            bytes.append((char) Integer.parseInt(b, 16));
        }
        String body = "{\"displayName\":\"a" + bytes + "b\"}";
        String raw = "POST /v1.0/teamwork/workforceIntegrations HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token
                + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n" + body;

        String answer = RawHttp.exchange(emulator.baseUri().getPort(), raw);

        assertEquals(400, RawHttp.status(answer), answer);
        assertTrue(answer.contains("not valid JSON") || answer.contains("UTF-8"), answer);
    }
}
