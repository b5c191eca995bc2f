package dev.wfi.emulator;

import static dev.wfi.emulator.ScheduleCollection.OFFER_REQUESTS;
import static dev.wfi.emulator.ScheduleCollection.OPEN_SHIFTS;
import static dev.wfi.emulator.ScheduleCollection.OPEN_SHIFT_REQUESTS;
import static dev.wfi.emulator.ScheduleCollection.SCHEDULING_GROUPS;
import static dev.wfi.emulator.ScheduleCollection.SHIFTS;
import static dev.wfi.emulator.ScheduleCollection.SWAP_REQUESTS;
import static dev.wfi.emulator.ScheduleCollection.TIMES_OFF;
import static dev.wfi.emulator.ScheduleCollection.TIME_CARDS;
import static dev.wfi.emulator.ScheduleCollection.TIME_OFF_REASONS;
import static dev.wfi.emulator.ScheduleCollection.TIME_OFF_REQUESTS;
import static dev.wfi.emulator.ScheduleRequest.graph;
import static dev.wfi.emulator.ScheduleResponses.done;
import static dev.wfi.emulator.ScheduleResponses.item;
import static dev.wfi.emulator.ScheduleResponses.page;

import dev.wfi.models.api.OfferShiftRequestsApi;
import dev.wfi.models.api.OpenShiftChangeRequestsApi;
import dev.wfi.models.api.OpenShiftsApi;
import dev.wfi.models.api.ScheduleApi;
import dev.wfi.models.api.SchedulingGroupsApi;
import dev.wfi.models.api.ShiftsApi;
import dev.wfi.models.api.SwapShiftsChangeRequestsApi;
import dev.wfi.models.api.TimeCardsApi;
import dev.wfi.models.api.TimeOffReasonsApi;
import dev.wfi.models.api.TimeOffRequestsApi;
import dev.wfi.models.api.TimesOffApi;
import dev.wfi.models.model.ClockInRequest;
import dev.wfi.models.model.ETag;
import dev.wfi.models.model.OfferShiftRequest;
import dev.wfi.models.model.OfferShiftRequestCollectionResponse;
import dev.wfi.models.model.OpenShift;
import dev.wfi.models.model.OpenShiftChangeRequest;
import dev.wfi.models.model.OpenShiftChangeRequestCollectionResponse;
import dev.wfi.models.model.OpenShiftCollectionResponse;
import dev.wfi.models.model.Schedule;
import dev.wfi.models.model.ScheduleChangeRequestDecision;
import dev.wfi.models.model.ScheduleShareRequest;
import dev.wfi.models.model.SchedulingGroup;
import dev.wfi.models.model.SchedulingGroupCollectionResponse;
import dev.wfi.models.model.Shift;
import dev.wfi.models.model.ShiftCollectionResponse;
import dev.wfi.models.model.SwapShiftsChangeRequest;
import dev.wfi.models.model.SwapShiftsChangeRequestCollectionResponse;
import dev.wfi.models.model.TimeCard;
import dev.wfi.models.model.TimeCardCollectionResponse;
import dev.wfi.models.model.TimeCardEventRequest;
import dev.wfi.models.model.TimeOff;
import dev.wfi.models.model.TimeOffCollectionResponse;
import dev.wfi.models.model.TimeOffReason;
import dev.wfi.models.model.TimeOffReasonCollectionResponse;
import dev.wfi.models.model.TimeOffRequest;
import dev.wfi.models.model.TimeOffRequestCollectionResponse;
import dev.wfi.emulator.ScheduleResponses.Kind;
import jakarta.ws.rs.Path;
import java.util.UUID;

/**
 * Graph's Shifts API on the stub interfaces generated from the contract, one resource per interface, each method
 * handing the request to {@link ScheduleOperations} and its answer to {@link ScheduleResponses}. The interfaces'
 * parameters carry what JAX-RS can bind; the checked body and the caller come from the request filters. The stub's
 * model parameters are bound from the checked body ({@link CheckedBodies}) and otherwise unused: what was sent,
 * property by property, is the checked JSON.
 */
final class ScheduleResources {
    private ScheduleResources() {
    }

    /** Every resource, for registration. */
    static java.util.List<Object> all(ScheduleOperations operations) {
        return java.util.List.of(
                new ScheduleResource(operations),
                new SchedulingGroupsResource(operations),
                new ShiftsResource(operations),
                new OpenShiftsResource(operations),
                new TimeOffReasonsResource(operations),
                new TimesOffResource(operations),
                new TimeCardsResource(operations),
                new SwapShiftsChangeRequestsResource(operations),
                new OfferShiftRequestsResource(operations),
                new OpenShiftChangeRequestsResource(operations),
                new TimeOffRequestsResource(operations));
    }

    /** {@code /teams/{teamId}/schedule}. */
    @Path(Versions.TEMPLATE)
    static final class ScheduleResource implements ScheduleApi {
        private final ScheduleOperations operations;

        ScheduleResource(ScheduleOperations operations) {
            this.operations = operations;
        }

        @Override
        public Schedule getSchedule(String teamId, String authorization, UUID actsAs, String prefer) {
            return item(null, operations.schedule(teamId), Kind.READ, Schedule.class);
        }

        @Override
        public Schedule replaceSchedule(String teamId, String authorization, Schedule schedule, UUID actsAs,
                String passthrough, String prefer) {
            return item(null, operations.replaceSchedule(graph(teamId, actsAs, passthrough)),
                    Kind.READ, Schedule.class);
        }

        @Override
        public void shareSchedule(String teamId, String authorization, ScheduleShareRequest scheduleShareRequest,
                UUID actsAs, String passthrough) {
            operations.share(graph(teamId, actsAs, passthrough));
        }
    }

    /** {@code /teams/{teamId}/schedule/schedulingGroups}. */
    @Path(Versions.TEMPLATE + "/teams/{teamId}/schedule/schedulingGroups")
    static final class SchedulingGroupsResource implements SchedulingGroupsApi {
        private final ScheduleOperations operations;

        SchedulingGroupsResource(ScheduleOperations operations) {
            this.operations = operations;
        }

        @Override
        public SchedulingGroup createSchedulingGroup(String teamId, String authorization,
                SchedulingGroup schedulingGroup, UUID actsAs, String passthrough, String prefer) {
            return item(SCHEDULING_GROUPS, operations.create(graph(teamId, actsAs, passthrough), SCHEDULING_GROUPS),
                    Kind.CREATED, SchedulingGroup.class);
        }

        @Override
        public void deleteSchedulingGroup(String teamId, String schedulingGroupId, String authorization, UUID actsAs,
                String passthrough, ETag ifMatch) {
            operations.delete(graph(teamId, actsAs, passthrough), SCHEDULING_GROUPS, schedulingGroupId, ifMatch);
        }

        @Override
        public SchedulingGroup getSchedulingGroup(String teamId, String schedulingGroupId, String authorization,
                UUID actsAs, String prefer) {
            return item(SCHEDULING_GROUPS, operations.get(teamId, SCHEDULING_GROUPS, schedulingGroupId),
                    Kind.READ, SchedulingGroup.class);
        }

        @Override
        public SchedulingGroupCollectionResponse listSchedulingGroups(String teamId, String authorization, UUID actsAs,
                String prefer) {
            return page(SCHEDULING_GROUPS, operations.list(graph(teamId, actsAs, null), SCHEDULING_GROUPS, null, null),
                    SchedulingGroupCollectionResponse.class);
        }

        @Override
        public SchedulingGroup replaceSchedulingGroup(String teamId, String schedulingGroupId, String authorization,
                SchedulingGroup schedulingGroup, UUID actsAs, String passthrough, String prefer, ETag ifMatch) {
            return item(SCHEDULING_GROUPS, operations.replace(graph(teamId, actsAs, passthrough), SCHEDULING_GROUPS, schedulingGroupId, ifMatch),
                    Kind.REPLACED, SchedulingGroup.class);
        }

        @Override
        public SchedulingGroup updateSchedulingGroup(String teamId, String schedulingGroupId, String authorization,
                SchedulingGroup schedulingGroup, UUID actsAs, String passthrough, String prefer, ETag ifMatch) {
            return item(SCHEDULING_GROUPS, operations.update(graph(teamId, actsAs, passthrough), SCHEDULING_GROUPS, schedulingGroupId, ifMatch),
                    Kind.READ, SchedulingGroup.class);
        }
    }

    /** {@code /teams/{teamId}/schedule/shifts}. */
    @Path(Versions.TEMPLATE + "/teams/{teamId}/schedule/shifts")
    static final class ShiftsResource implements ShiftsApi {
        private final ScheduleOperations operations;

        ShiftsResource(ScheduleOperations operations) {
            this.operations = operations;
        }

        @Override
        public Shift createShift(String teamId, String authorization, Shift shift, UUID actsAs, String passthrough,
                String prefer) {
            return item(SHIFTS, operations.create(graph(teamId, actsAs, passthrough), SHIFTS),
                    Kind.CREATED, Shift.class);
        }

        @Override
        public void deleteShift(String teamId, String shiftId, String authorization, UUID actsAs, String passthrough,
                ETag ifMatch) {
            operations.delete(graph(teamId, actsAs, passthrough), SHIFTS, shiftId, ifMatch);
        }

        @Override
        public Shift getShift(String teamId, String shiftId, String authorization, UUID actsAs, String prefer) {
            return item(SHIFTS, operations.get(teamId, SHIFTS, shiftId), Kind.READ, Shift.class);
        }

        @Override
        public ShiftCollectionResponse listShifts(String teamId, String authorization, UUID actsAs, String prefer,
                String filter) {
            return page(SHIFTS, operations.list(graph(teamId, actsAs, null), SHIFTS, filter, null),
                    ShiftCollectionResponse.class);
        }

        @Override
        public Shift replaceShift(String teamId, String shiftId, String authorization, Shift shift, UUID actsAs,
                String passthrough, String prefer, ETag ifMatch) {
            return item(SHIFTS, operations.replace(graph(teamId, actsAs, passthrough), SHIFTS, shiftId, ifMatch),
                    Kind.REPLACED, Shift.class);
        }

        @Override
        public Shift updateShift(String teamId, String shiftId, String authorization, Shift shift, UUID actsAs,
                String passthrough, String prefer, ETag ifMatch) {
            return item(SHIFTS, operations.update(graph(teamId, actsAs, passthrough), SHIFTS, shiftId, ifMatch),
                    Kind.READ, Shift.class);
        }
    }

    /** {@code /teams/{teamId}/schedule/openShifts}. */
    @Path(Versions.TEMPLATE + "/teams/{teamId}/schedule/openShifts")
    static final class OpenShiftsResource implements OpenShiftsApi {
        private final ScheduleOperations operations;

        OpenShiftsResource(ScheduleOperations operations) {
            this.operations = operations;
        }

        @Override
        public OpenShift createOpenShift(String teamId, String authorization, OpenShift openShift, UUID actsAs,
                String passthrough, String prefer) {
            return item(OPEN_SHIFTS, operations.create(graph(teamId, actsAs, passthrough), OPEN_SHIFTS),
                    Kind.CREATED, OpenShift.class);
        }

        @Override
        public void deleteOpenShift(String teamId, String openShiftId, String authorization, UUID actsAs,
                String passthrough, ETag ifMatch) {
            operations.delete(graph(teamId, actsAs, passthrough), OPEN_SHIFTS, openShiftId, ifMatch);
        }

        @Override
        public OpenShift getOpenShift(String teamId, String openShiftId, String authorization, UUID actsAs, String prefer) {
            return item(OPEN_SHIFTS, operations.get(teamId, OPEN_SHIFTS, openShiftId), Kind.READ, OpenShift.class);
        }

        @Override
        public OpenShiftCollectionResponse listOpenShifts(String teamId, String authorization, UUID actsAs,
                String prefer, String filter) {
            return page(OPEN_SHIFTS, operations.list(graph(teamId, actsAs, null), OPEN_SHIFTS, filter, null),
                    OpenShiftCollectionResponse.class);
        }

        @Override
        public OpenShift replaceOpenShift(String teamId, String openShiftId, String authorization, OpenShift openShift,
                UUID actsAs, String passthrough, String prefer, ETag ifMatch) {
            return item(OPEN_SHIFTS, operations.replace(graph(teamId, actsAs, passthrough), OPEN_SHIFTS, openShiftId, ifMatch),
                    Kind.REPLACED, OpenShift.class);
        }

        @Override
        public OpenShift updateOpenShift(String teamId, String openShiftId, String authorization, OpenShift openShift,
                UUID actsAs, String passthrough, String prefer, ETag ifMatch) {
            return item(OPEN_SHIFTS, operations.update(graph(teamId, actsAs, passthrough), OPEN_SHIFTS, openShiftId, ifMatch),
                    Kind.READ, OpenShift.class);
        }
    }

    /** {@code /teams/{teamId}/schedule/timeOffReasons}. */
    @Path(Versions.TEMPLATE + "/teams/{teamId}/schedule/timeOffReasons")
    static final class TimeOffReasonsResource implements TimeOffReasonsApi {
        private final ScheduleOperations operations;

        TimeOffReasonsResource(ScheduleOperations operations) {
            this.operations = operations;
        }

        @Override
        public TimeOffReason createTimeOffReason(String teamId, String authorization, TimeOffReason timeOffReason,
                UUID actsAs, String passthrough, String prefer) {
            return item(TIME_OFF_REASONS, operations.create(graph(teamId, actsAs, passthrough), TIME_OFF_REASONS),
                    Kind.CREATED, TimeOffReason.class);
        }

        @Override
        public void deleteTimeOffReason(String teamId, String timeOffReasonId, String authorization, UUID actsAs,
                String passthrough, ETag ifMatch) {
            operations.delete(graph(teamId, actsAs, passthrough), TIME_OFF_REASONS, timeOffReasonId, ifMatch);
        }

        @Override
        public TimeOffReason getTimeOffReason(String teamId, String timeOffReasonId, String authorization, UUID actsAs,
                String prefer) {
            return item(TIME_OFF_REASONS, operations.get(teamId, TIME_OFF_REASONS, timeOffReasonId),
                    Kind.READ, TimeOffReason.class);
        }

        @Override
        public TimeOffReasonCollectionResponse listTimeOffReasons(String teamId, String authorization, UUID actsAs,
                String prefer) {
            return page(TIME_OFF_REASONS, operations.list(graph(teamId, actsAs, null), TIME_OFF_REASONS, null, null),
                    TimeOffReasonCollectionResponse.class);
        }

        @Override
        public TimeOffReason replaceTimeOffReason(String teamId, String timeOffReasonId, String authorization,
                TimeOffReason timeOffReason, UUID actsAs, String passthrough, String prefer, ETag ifMatch) {
            return item(TIME_OFF_REASONS, operations.replace(graph(teamId, actsAs, passthrough), TIME_OFF_REASONS, timeOffReasonId, ifMatch),
                    Kind.REPLACED, TimeOffReason.class);
        }

        @Override
        public TimeOffReason updateTimeOffReason(String teamId, String timeOffReasonId, String authorization,
                TimeOffReason timeOffReason, UUID actsAs, String passthrough, String prefer, ETag ifMatch) {
            return item(TIME_OFF_REASONS, operations.update(graph(teamId, actsAs, passthrough), TIME_OFF_REASONS, timeOffReasonId, ifMatch),
                    Kind.READ, TimeOffReason.class);
        }
    }

    /** {@code /teams/{teamId}/schedule/timesOff}. */
    @Path(Versions.TEMPLATE + "/teams/{teamId}/schedule/timesOff")
    static final class TimesOffResource implements TimesOffApi {
        private final ScheduleOperations operations;

        TimesOffResource(ScheduleOperations operations) {
            this.operations = operations;
        }

        @Override
        public TimeOff createTimeOff(String teamId, String authorization, TimeOff timeOff, UUID actsAs,
                String passthrough, String prefer) {
            return item(TIMES_OFF, operations.create(graph(teamId, actsAs, passthrough), TIMES_OFF),
                    Kind.CREATED, TimeOff.class);
        }

        @Override
        public void deleteTimeOff(String teamId, String timeOffId, String authorization, UUID actsAs,
                String passthrough, ETag ifMatch) {
            operations.delete(graph(teamId, actsAs, passthrough), TIMES_OFF, timeOffId, ifMatch);
        }

        @Override
        public TimeOff getTimeOff(String teamId, String timeOffId, String authorization, UUID actsAs, String prefer) {
            return item(TIMES_OFF, operations.get(teamId, TIMES_OFF, timeOffId), Kind.READ, TimeOff.class);
        }

        @Override
        public TimeOffCollectionResponse listTimesOff(String teamId, String authorization, UUID actsAs, String prefer,
                String filter) {
            return page(TIMES_OFF, operations.list(graph(teamId, actsAs, null), TIMES_OFF, filter, null),
                    TimeOffCollectionResponse.class);
        }

        @Override
        public TimeOff replaceTimeOff(String teamId, String timeOffId, String authorization, TimeOff timeOff,
                UUID actsAs, String passthrough, String prefer, ETag ifMatch) {
            return item(TIMES_OFF, operations.replace(graph(teamId, actsAs, passthrough), TIMES_OFF, timeOffId, ifMatch),
                    Kind.REPLACED, TimeOff.class);
        }

        @Override
        public TimeOff updateTimeOff(String teamId, String timeOffId, String authorization, TimeOff timeOff,
                UUID actsAs, String passthrough, String prefer, ETag ifMatch) {
            return item(TIMES_OFF, operations.update(graph(teamId, actsAs, passthrough), TIMES_OFF, timeOffId, ifMatch),
                    Kind.READ, TimeOff.class);
        }
    }

    /** {@code /teams/{teamId}/schedule/timeCards}. */
    @Path(Versions.TEMPLATE + "/teams/{teamId}/schedule/timeCards")
    static final class TimeCardsResource implements TimeCardsApi {
        private final ScheduleOperations operations;

        TimeCardsResource(ScheduleOperations operations) {
            this.operations = operations;
        }

        @Override
        public TimeCard clockInTimeCard(String teamId, String authorization, ClockInRequest clockInRequest,
                UUID actsAs, String passthrough, String prefer) {
            return item(TIME_CARDS, operations.clockIn(graph(teamId, actsAs, passthrough)),
                    Kind.CREATED, TimeCard.class);
        }

        @Override
        public TimeCard clockOutTimeCard(String teamId, String timeCardId, String authorization,
                TimeCardEventRequest timeCardEventRequest, UUID actsAs, String passthrough, String prefer) {
            return item(TIME_CARDS, operations.timeCardAction(graph(teamId, actsAs, passthrough), timeCardId, TimeCards.Action.CLOCK_OUT),
                    Kind.READ, TimeCard.class);
        }

        @Override
        public TimeCard confirmTimeCard(String teamId, String timeCardId, String authorization, UUID actsAs,
                String passthrough, String prefer) {
            return item(TIME_CARDS, operations.timeCardAction(graph(teamId, actsAs, passthrough), timeCardId, TimeCards.Action.CONFIRM),
                    Kind.READ, TimeCard.class);
        }

        @Override
        public TimeCard createTimeCard(String teamId, String authorization, TimeCard timeCard, UUID actsAs,
                String passthrough, String prefer) {
            return item(TIME_CARDS, operations.create(graph(teamId, actsAs, passthrough), TIME_CARDS),
                    Kind.CREATED, TimeCard.class);
        }

        @Override
        public void deleteTimeCard(String teamId, String timeCardId, String authorization, UUID actsAs,
                String passthrough, ETag ifMatch) {
            operations.delete(graph(teamId, actsAs, passthrough), TIME_CARDS, timeCardId, ifMatch);
        }

        @Override
        public TimeCard endTimeCardBreak(String teamId, String timeCardId, String authorization,
                TimeCardEventRequest timeCardEventRequest, UUID actsAs, String passthrough, String prefer) {
            return item(TIME_CARDS, operations.timeCardAction(graph(teamId, actsAs, passthrough), timeCardId, TimeCards.Action.END_BREAK),
                    Kind.READ, TimeCard.class);
        }

        @Override
        public TimeCard getTimeCard(String teamId, String timeCardId, String authorization, UUID actsAs, String prefer) {
            return item(TIME_CARDS, operations.get(teamId, TIME_CARDS, timeCardId), Kind.READ, TimeCard.class);
        }

        @Override
        public TimeCardCollectionResponse listTimeCards(String teamId, String authorization, UUID actsAs,
                String prefer, String filter, Integer top) {
            return page(TIME_CARDS, operations.list(graph(teamId, actsAs, null), TIME_CARDS, filter, top),
                    TimeCardCollectionResponse.class);
        }

        @Override
        public TimeCard replaceTimeCard(String teamId, String timeCardId, String authorization, TimeCard timeCard,
                UUID actsAs, String passthrough, String prefer, ETag ifMatch) {
            return item(TIME_CARDS, operations.replace(graph(teamId, actsAs, passthrough), TIME_CARDS, timeCardId, ifMatch),
                    Kind.REPLACED, TimeCard.class);
        }

        @Override
        public TimeCard startTimeCardBreak(String teamId, String timeCardId, String authorization,
                TimeCardEventRequest timeCardEventRequest, UUID actsAs, String passthrough, String prefer) {
            return item(TIME_CARDS, operations.timeCardAction(graph(teamId, actsAs, passthrough), timeCardId, TimeCards.Action.START_BREAK),
                    Kind.READ, TimeCard.class);
        }

        @Override
        public TimeCard updateTimeCard(String teamId, String timeCardId, String authorization, TimeCard timeCard,
                UUID actsAs, String passthrough, String prefer, ETag ifMatch) {
            return item(TIME_CARDS, operations.update(graph(teamId, actsAs, passthrough), TIME_CARDS, timeCardId, ifMatch),
                    Kind.READ, TimeCard.class);
        }
    }

    /** {@code /teams/{teamId}/schedule/swapShiftsChangeRequests}. */
    @Path(Versions.TEMPLATE + "/teams/{teamId}/schedule/swapShiftsChangeRequests")
    static final class SwapShiftsChangeRequestsResource implements SwapShiftsChangeRequestsApi {
        private final ScheduleOperations operations;

        SwapShiftsChangeRequestsResource(ScheduleOperations operations) {
            this.operations = operations;
        }

        @Override
        public void approveSwapShiftsChangeRequest(String teamId, String swapShiftsChangeRequestId,
                String authorization, ScheduleChangeRequestDecision scheduleChangeRequestDecision, UUID actsAs,
                String passthrough) {
            operations.decide(graph(teamId, actsAs, passthrough), SWAP_REQUESTS, swapShiftsChangeRequestId, true);
            done();
        }

        @Override
        public SwapShiftsChangeRequest createSwapShiftsChangeRequest(String teamId, String authorization,
                SwapShiftsChangeRequest swapShiftsChangeRequest, UUID actsAs, String passthrough, String prefer) {
            return item(SWAP_REQUESTS, operations.create(graph(teamId, actsAs, passthrough), SWAP_REQUESTS),
                    Kind.CREATED, SwapShiftsChangeRequest.class);
        }

        @Override
        public void declineSwapShiftsChangeRequest(String teamId, String swapShiftsChangeRequestId,
                String authorization, ScheduleChangeRequestDecision scheduleChangeRequestDecision, UUID actsAs,
                String passthrough) {
            operations.decide(graph(teamId, actsAs, passthrough), SWAP_REQUESTS, swapShiftsChangeRequestId, false);
            done();
        }

        @Override
        public SwapShiftsChangeRequest getSwapShiftsChangeRequest(String teamId, String swapShiftsChangeRequestId,
                String authorization, UUID actsAs, String prefer) {
            return item(SWAP_REQUESTS, operations.get(teamId, SWAP_REQUESTS, swapShiftsChangeRequestId),
                    Kind.READ, SwapShiftsChangeRequest.class);
        }

        @Override
        public SwapShiftsChangeRequestCollectionResponse listSwapShiftsChangeRequests(String teamId,
                String authorization, UUID actsAs, String prefer, String filter) {
            return page(SWAP_REQUESTS, operations.list(graph(teamId, actsAs, null), SWAP_REQUESTS, filter, null),
                    SwapShiftsChangeRequestCollectionResponse.class);
        }
    }

    /** {@code /teams/{teamId}/schedule/offerShiftRequests}. */
    @Path(Versions.TEMPLATE + "/teams/{teamId}/schedule/offerShiftRequests")
    static final class OfferShiftRequestsResource implements OfferShiftRequestsApi {
        private final ScheduleOperations operations;

        OfferShiftRequestsResource(ScheduleOperations operations) {
            this.operations = operations;
        }

        @Override
        public void approveOfferShiftRequest(String teamId, String offerShiftRequestId, String authorization,
                ScheduleChangeRequestDecision scheduleChangeRequestDecision, UUID actsAs, String passthrough) {
            operations.decide(graph(teamId, actsAs, passthrough), OFFER_REQUESTS, offerShiftRequestId, true);
            done();
        }

        @Override
        public OfferShiftRequest createOfferShiftRequest(String teamId, String authorization,
                OfferShiftRequest offerShiftRequest, UUID actsAs, String passthrough, String prefer) {
            return item(OFFER_REQUESTS, operations.create(graph(teamId, actsAs, passthrough), OFFER_REQUESTS),
                    Kind.CREATED, OfferShiftRequest.class);
        }

        @Override
        public void declineOfferShiftRequest(String teamId, String offerShiftRequestId, String authorization,
                ScheduleChangeRequestDecision scheduleChangeRequestDecision, UUID actsAs, String passthrough) {
            operations.decide(graph(teamId, actsAs, passthrough), OFFER_REQUESTS, offerShiftRequestId, false);
            done();
        }

        @Override
        public OfferShiftRequest getOfferShiftRequest(String teamId, String offerShiftRequestId, String authorization,
                UUID actsAs, String prefer) {
            return item(OFFER_REQUESTS, operations.get(teamId, OFFER_REQUESTS, offerShiftRequestId),
                    Kind.READ, OfferShiftRequest.class);
        }

        @Override
        public OfferShiftRequestCollectionResponse listOfferShiftRequests(String teamId, String authorization,
                UUID actsAs, String prefer, String filter) {
            return page(OFFER_REQUESTS, operations.list(graph(teamId, actsAs, null), OFFER_REQUESTS, filter, null),
                    OfferShiftRequestCollectionResponse.class);
        }
    }

    /** {@code /teams/{teamId}/schedule/openShiftChangeRequests}. */
    @Path(Versions.TEMPLATE + "/teams/{teamId}/schedule/openShiftChangeRequests")
    static final class OpenShiftChangeRequestsResource implements OpenShiftChangeRequestsApi {
        private final ScheduleOperations operations;

        OpenShiftChangeRequestsResource(ScheduleOperations operations) {
            this.operations = operations;
        }

        @Override
        public void approveOpenShiftChangeRequest(String teamId, String openShiftChangeRequestId, String authorization,
                ScheduleChangeRequestDecision scheduleChangeRequestDecision, UUID actsAs, String passthrough) {
            operations.decide(graph(teamId, actsAs, passthrough), OPEN_SHIFT_REQUESTS, openShiftChangeRequestId, true);
            done();
        }

        @Override
        public OpenShiftChangeRequest createOpenShiftChangeRequest(String teamId, String authorization,
                OpenShiftChangeRequest openShiftChangeRequest, UUID actsAs, String passthrough, String prefer) {
            return item(OPEN_SHIFT_REQUESTS, operations.create(graph(teamId, actsAs, passthrough), OPEN_SHIFT_REQUESTS),
                    Kind.CREATED, OpenShiftChangeRequest.class);
        }

        @Override
        public void declineOpenShiftChangeRequest(String teamId, String openShiftChangeRequestId, String authorization,
                ScheduleChangeRequestDecision scheduleChangeRequestDecision, UUID actsAs, String passthrough) {
            operations.decide(graph(teamId, actsAs, passthrough), OPEN_SHIFT_REQUESTS, openShiftChangeRequestId, false);
            done();
        }

        @Override
        public OpenShiftChangeRequest getOpenShiftChangeRequest(String teamId, String openShiftChangeRequestId,
                String authorization, UUID actsAs, String prefer) {
            return item(OPEN_SHIFT_REQUESTS, operations.get(teamId, OPEN_SHIFT_REQUESTS, openShiftChangeRequestId),
                    Kind.READ, OpenShiftChangeRequest.class);
        }

        @Override
        public OpenShiftChangeRequestCollectionResponse listOpenShiftChangeRequests(String teamId,
                String authorization, UUID actsAs, String prefer, String filter) {
            return page(OPEN_SHIFT_REQUESTS, operations.list(graph(teamId, actsAs, null), OPEN_SHIFT_REQUESTS, filter, null),
                    OpenShiftChangeRequestCollectionResponse.class);
        }
    }

    /** {@code /teams/{teamId}/schedule/timeOffRequests}. */
    @Path(Versions.TEMPLATE + "/teams/{teamId}/schedule/timeOffRequests")
    static final class TimeOffRequestsResource implements TimeOffRequestsApi {
        private final ScheduleOperations operations;

        TimeOffRequestsResource(ScheduleOperations operations) {
            this.operations = operations;
        }

        @Override
        public void approveTimeOffRequest(String teamId, String timeOffRequestId, String authorization,
                ScheduleChangeRequestDecision scheduleChangeRequestDecision, UUID actsAs, String passthrough) {
            operations.decide(graph(teamId, actsAs, passthrough), TIME_OFF_REQUESTS, timeOffRequestId, true);
            done();
        }

        @Override
        public TimeOffRequest createTimeOffRequest(String teamId, String authorization, TimeOffRequest timeOffRequest,
                UUID actsAs, String passthrough, String prefer) {
            return item(TIME_OFF_REQUESTS, operations.create(graph(teamId, actsAs, passthrough), TIME_OFF_REQUESTS),
                    Kind.CREATED, TimeOffRequest.class);
        }

        @Override
        public void declineTimeOffRequest(String teamId, String timeOffRequestId, String authorization,
                ScheduleChangeRequestDecision scheduleChangeRequestDecision, UUID actsAs, String passthrough) {
            operations.decide(graph(teamId, actsAs, passthrough), TIME_OFF_REQUESTS, timeOffRequestId, false);
            done();
        }

        @Override
        public void deleteTimeOffRequest(String teamId, String timeOffRequestId, String authorization, UUID actsAs,
                String passthrough, ETag ifMatch) {
            operations.delete(graph(teamId, actsAs, passthrough), TIME_OFF_REQUESTS, timeOffRequestId, ifMatch);
        }

        @Override
        public TimeOffRequest getTimeOffRequest(String teamId, String timeOffRequestId, String authorization,
                UUID actsAs, String prefer) {
            return item(TIME_OFF_REQUESTS, operations.get(teamId, TIME_OFF_REQUESTS, timeOffRequestId),
                    Kind.READ, TimeOffRequest.class);
        }

        @Override
        public TimeOffRequestCollectionResponse listTimeOffRequests(String teamId, String authorization, UUID actsAs,
                String prefer, String filter) {
            return page(TIME_OFF_REQUESTS, operations.list(graph(teamId, actsAs, null), TIME_OFF_REQUESTS, filter, null),
                    TimeOffRequestCollectionResponse.class);
        }
    }
}
