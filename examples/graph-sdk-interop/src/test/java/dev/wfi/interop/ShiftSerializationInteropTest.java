package dev.wfi.interop;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.microsoft.graph.models.ConfirmedBy;
import com.microsoft.graph.models.ScheduleEntityTheme;
import com.microsoft.graph.models.Shift;
import com.microsoft.graph.models.ShiftActivity;
import com.microsoft.graph.models.ShiftItem;
import com.microsoft.graph.models.TimeCard;
import com.microsoft.graph.models.TimeCardEvent;
import com.microsoft.graph.models.TimeCardState;
import com.microsoft.kiota.serialization.JsonParseNodeFactory;
import com.microsoft.kiota.serialization.JsonSerializationWriterFactory;
import com.microsoft.kiota.serialization.KiotaJsonSerialization;
import com.microsoft.kiota.serialization.ParseNodeFactoryRegistry;
import com.microsoft.kiota.serialization.SerializationWriterFactoryRegistry;
import dev.wfi.contract.Contract;
import dev.wfi.contract.SchemaViolation;
import dev.wfi.models.model.ETag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A shift and a time card in the official SDK's v1.0 models and in ours, through each other's JSON, without a server:
 * what the SDK writes is valid against the contract and reads into our models, and what our models write reads into the
 * SDK's. The SDK's requests to the Shifts API wait for the emulator to serve it.
 */
class ShiftSerializationInteropTest {
    private static final String JSON = "application/json";
    /** A consumer's mapper for our models: Graph adds annotations (@odata.type, @odata.context) they do not declare. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();
    private static final OffsetDateTime START = OffsetDateTime.parse("2019-03-11T15:00:00Z");
    private static final OffsetDateTime END = OffsetDateTime.parse("2019-03-12T00:00:00Z");

    @BeforeAll
    static void registerJson() {
        // what GraphServiceClient's constructor registers; done here because no client is built
        SerializationWriterFactoryRegistry.defaultInstance.contentTypeAssociatedFactories.putIfAbsent(JSON, new JsonSerializationWriterFactory());
        ParseNodeFactoryRegistry.defaultInstance.contentTypeAssociatedFactories.putIfAbsent(JSON, new JsonParseNodeFactory());
    }

    static Shift sdkShift() {
        ShiftActivity lunch = new ShiftActivity();
        lunch.setIsPaid(true);
        lunch.setCode("");
        lunch.setDisplayName("Lunch");
        lunch.setStartDateTime(START);
        lunch.setEndDateTime(START.plusMinutes(15));
        lunch.setTheme(ScheduleEntityTheme.White);
        ShiftItem shared = new ShiftItem();
        shared.setDisplayName("Day shift");
        shared.setNotes("Please do inventory as part of your shift.");
        shared.setStartDateTime(START);
        shared.setEndDateTime(END);
        shared.setTheme(ScheduleEntityTheme.DarkRed);
        shared.setActivities(List.of(lunch));
        Shift shift = new Shift();
        shift.setUserId("c5d0c76b-80c4-481c-be50-923cd8d680a1");
        shift.setSchedulingGroupId("TAG_228940ed-ff84-4e25-b129-1b395cf78be0");
        shift.setIsStagedForDeletion(false);
        shift.setSharedShift(shared);
        return shift;
    }

    @Test
    void theSdksShiftIsValidAgainstTheContractAndReadsIntoOurModel() throws Exception {
        String written = KiotaJsonSerialization.serializeAsString(sdkShift());
        JsonNode tree = MAPPER.readTree(written);

        List<SchemaViolation> violations = Contract.bundled().validate("shift", tree);
        assertEquals(List.of(), violations, written);
        assertEquals("#microsoft.graph.shift", tree.path("@odata.type").asText(), "the SDK names the type, as Graph accepts");

        dev.wfi.models.model.Shift ours = MAPPER.treeToValue(tree, dev.wfi.models.model.Shift.class);
        assertEquals("TAG_228940ed-ff84-4e25-b129-1b395cf78be0", ours.getSchedulingGroupId());
        assertEquals(START, ours.getSharedShift().getStartDateTime());
        assertEquals(dev.wfi.models.model.ScheduleEntityTheme.DARK_RED, ours.getSharedShift().getTheme());
        assertEquals("Lunch", ours.getSharedShift().getActivities().get(0).getDisplayName());
        assertEquals(Boolean.FALSE, ours.getIsStagedForDeletion());
    }

    @Test
    void ourShiftReadsIntoTheSdkAndBackUnchanged() throws Exception {
        dev.wfi.models.model.Shift ours = MAPPER.treeToValue(MAPPER.readTree(KiotaJsonSerialization.serializeAsString(sdkShift())),
                dev.wfi.models.model.Shift.class)
                .id("SHFT_577b75d2-a927-48c0-a5d1-dc984894e7b8")
                .atOdataEtag(ETag.strong("4002def0-0000-0c00-0000-672ea2ff0000"));
        JsonNode written = MAPPER.valueToTree(ours);

        Shift sdk = KiotaJsonSerialization.deserialize(MAPPER.writeValueAsString(written), Shift::createFromDiscriminatorValue);
        assertEquals("SHFT_577b75d2-a927-48c0-a5d1-dc984894e7b8", sdk.getId());
        assertEquals(END, sdk.getSharedShift().getEndDateTime());
        assertEquals(ScheduleEntityTheme.DarkRed, sdk.getSharedShift().getTheme());
        assertEquals("\"4002def0-0000-0c00-0000-672ea2ff0000\"", sdk.getAdditionalData().get("@odata.etag"),
                "the SDK keeps the ETag only as additional data");

        JsonNode back = MAPPER.readTree(KiotaJsonSerialization.serializeAsString(sdk));
        dev.wfi.models.model.Shift again = MAPPER.treeToValue(back, dev.wfi.models.model.Shift.class);
        assertEquals(ours, again);
    }

    @Test
    void aTimeCardsFlagSetAndStateCrossBothWays() throws Exception {
        TimeCardEvent clockIn = new TimeCardEvent();
        clockIn.setDateTime(START);
        clockIn.setIsAtApprovedLocation(true);
        TimeCard sdk = new TimeCard();
        sdk.setUserId("a3601044-a1b5-438e-b742-f78d01d68a67");
        sdk.setState(TimeCardState.ClockedOut);
        sdk.setConfirmedBy(EnumSet.of(ConfirmedBy.User, ConfirmedBy.Manager));
        sdk.setClockInEvent(clockIn);
        JsonNode tree = MAPPER.readTree(KiotaJsonSerialization.serializeAsString(sdk));

        assertEquals(List.of(), Contract.bundled().validate("timeCard", tree), tree.toString());
        dev.wfi.models.model.TimeCard ours = MAPPER.treeToValue(tree, dev.wfi.models.model.TimeCard.class);
        assertEquals("user,manager", ours.getConfirmedBy().toString());
        assertEquals(dev.wfi.models.model.TimeCardState.CLOCKED_OUT, ours.getState());
        assertTrue(ours.getClockInEvent().getIsAtApprovedLocation());

        TimeCard back = KiotaJsonSerialization.deserialize(MAPPER.writeValueAsString(ours), TimeCard::createFromDiscriminatorValue);
        assertEquals(EnumSet.of(ConfirmedBy.User, ConfirmedBy.Manager), back.getConfirmedBy());
        assertEquals(START, back.getClockInEvent().getDateTime());
        assertNull(back.getClockOutEvent());
        assertFalse(back.getAdditionalData().containsKey("confirmedBy"));
    }
}
