package dev.wfi.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wfi.models.model.WorkforceIntegration;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;

/**
 * Binds the stub's {@link WorkforceIntegration} parameter from the body {@link RequestBodies} parsed and checked,
 * instead of letting Jersey read the stream again: writing the checked body back as bytes and reading it through
 * Jersey's Jackson provider would make the same model twice (its cost: bench/README.md).
 */
final class CheckedBodies implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (context.getType() == WorkforceIntegration.class && context.getProperty(RequestBodies.SUPPLIED) instanceof ObjectNode checked) {
            return Revision.modelOf(checked);
        }
        return context.proceed();
    }
}
