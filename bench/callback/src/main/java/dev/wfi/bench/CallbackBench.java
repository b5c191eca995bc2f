package dev.wfi.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.wfi.callback.crypto.CallbackCipher;
import dev.wfi.models.model.WfmBatchRequest;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** What a WFM service pays per callback: decrypt the frame, then read the batch into the generated model. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CallbackBench {

    /** Approximate plaintext size of the update batch, in bytes. */
    @Param({"1024", "65536"})
    int batchBytes;

    private CallbackCipher cipher;
    private byte[] frame;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Setup
    public void setUp() throws Exception {
        cipher = CallbackCipher.forSecret("bench-secret-0123456789abcdefghijklmnopqrstuvwxyz-0123456789ABCD");
        ObjectNode batch = json.createObjectNode();
        ArrayNode requests = batch.putArray("requests");
        for (int i = 0; json.writeValueAsBytes(batch).length < batchBytes - 400 || i == 0; i++) {
            String id = "SHFT_577b75d2-a927-48c0-a5d1-" + String.format("%012d", i);
            ObjectNode item = requests.addObject().put("id", id).put("method", "PUT").put("url", "/shifts/" + id);
            item.putObject("headers").put("X-MS-Transaction-ID", "1").put("X-MS-Expires", "2030-10-11T21:27:59.0134605Z");
            ObjectNode shift = item.putObject("body").put("id", id).put("userId", "c5d0c76b-80c4-481c-be50-923cd8d680a1")
                    .put("schedulingGroupId", "TAG_228940ed-ff84-4e25-b129-1b395cf78be0").put("isStagedForDeletion", false);
            shift.putObject("sharedShift").put("displayName", "Day shift").put("notes", "Please do inventory.")
                    .put("startDateTime", "2019-03-11T15:00:00Z").put("endDateTime", "2019-03-12T00:00:00Z")
                    .put("theme", "blue").putArray("activities");
        }
        frame = cipher.encrypt(json.writeValueAsBytes(batch));
        System.out.printf("%n[batch of %d items, %d bytes plaintext, %d bytes encrypted]%n", requests.size(),
                json.writeValueAsBytes(batch).length, frame.length);
    }

    @Benchmark
    public WfmBatchRequest decryptAndParse() throws Exception {
        return json.readValue(cipher.decrypt(frame), WfmBatchRequest.class);
    }

    @Benchmark
    public byte[] decryptOnly() throws Exception {
        return cipher.decrypt(frame);
    }
}
