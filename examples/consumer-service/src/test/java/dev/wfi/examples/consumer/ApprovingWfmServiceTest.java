package dev.wfi.examples.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wfi.models.model.WfmBatchRequest;
import dev.wfi.models.model.WfmBatchResponse;
import dev.wfi.models.model.WfmRequestItem;
import dev.wfi.models.model.WorkforceIntegration;
import dev.wfi.models.model.WorkforceIntegrationSupportedEntities;
import org.junit.jupiter.api.Test;

class ApprovingWfmServiceTest {
  private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

  /** The create response of the beta "update workforceIntegration" page (corpus 000, lines 176-188). */
  private static final String CREATE_RESPONSE = """
      {
        "id": "c5d0c76b-80c4-481c-be50-923cd8d680a1",
        "displayName": "ABCWorkforceIntegration",
        "apiVersion": 1,
        "isActive": true,
        "encryption": {
          "protocol": "sharedSecret",
          "secret": null
        },
        "url": "https://abcWorkforceIntegration.com/Contoso/",
        "supports": "Shift,SwapRequest",
        "eligibilityFilteringEnabledEntities": "SwapRequest"
      }
      """;

  @Test
  void readsTheDocumentedCreateResponse() throws Exception {
    WorkforceIntegration integration = mapper.readValue(CREATE_RESPONSE, WorkforceIntegration.class);

    assertEquals("ABCWorkforceIntegration", integration.getDisplayName());
    assertEquals(1, integration.getApiVersion());
    assertNull(integration.getEncryption().getSecret());
    assertTrue(integration.getSupports().contains(WorkforceIntegrationSupportedEntities.Member.SWAP_REQUEST));
    assertEquals("shift,swapRequest", integration.getSupports().toString());
  }

  @Test
  void approvesEveryRequestOfABatch() {
    WfmBatchRequest batch = new WfmBatchRequest()
        .addRequestsItem(new WfmRequestItem().id("1").url("/shifts/SHFT_1"))
        .addRequestsItem(new WfmRequestItem().id("2").url("/shifts/SHFT_2"));

    WfmBatchResponse response = new ApprovingWfmService().updateTeam("team", batch, null, "en-us");

    assertEquals(2, response.getResponses().size());
    assertEquals("2", response.getResponses().get(1).getId());
    assertEquals(200, response.getResponses().get(1).getStatus());
  }
}
