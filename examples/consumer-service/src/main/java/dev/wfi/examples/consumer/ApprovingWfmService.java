package dev.wfi.examples.consumer;

import dev.wfi.models.api.WfmApi;
import dev.wfi.models.model.ConnectRequest;
import dev.wfi.models.model.ETag;
import dev.wfi.models.model.WfmBatchRequest;
import dev.wfi.models.model.WfmBatchResponse;
import dev.wfi.models.model.WfmRequestItem;
import dev.wfi.models.model.WfmResponseBody;
import dev.wfi.models.model.WfmResponseItem;
import java.util.UUID;

/** The WFM side of the contract for a connector that approves every change Shifts proposes. */
public final class ApprovingWfmService implements WfmApi {

  @Override
  public void connect(ConnectRequest connectRequest, String acceptLanguage) {
    // accepting the registration is answering 200: nothing to do
  }

  @Override
  public WfmBatchResponse updateTeam(String teamId, WfmBatchRequest request, String passthrough, String acceptLanguage) {
    return approveAll(request);
  }

  @Override
  public WfmBatchResponse readTeam(String teamId, WfmBatchRequest request, String passthrough, String acceptLanguage) {
    return approveAll(request);
  }

  private static WfmBatchResponse approveAll(WfmBatchRequest request) {
    WfmBatchResponse response = new WfmBatchResponse();
    for (WfmRequestItem item : request.getRequests()) {
      response.addResponsesItem(new WfmResponseItem()
          .id(item.getId())
          .status(200)
          .body(new WfmResponseBody().eTag(ETag.fromValue(UUID.randomUUID().toString()))));
    }
    return response;
  }
}
