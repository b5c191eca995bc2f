package dev.wfi.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wfi.models.model.WorkforceIntegration;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;

/**
 * Binds the stub's model parameter ({@link WorkforceIntegration}, {@code Shift}, ...) from the body {@link RequestBodies}
 * parsed and checked, instead of letting Jersey read the stream again: writing the checked body back as bytes and
 * reading it through Jersey's Jackson provider would make the same model twice (its cost: bench/README.md).
 */
final class CheckedBodies implements ReaderInterceptor {
    private static final String MODELS = WorkforceIntegration.class.getPackageName();

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (context.getProperty(RequestBodies.SUPPLIED) instanceof ObjectNode checked) {
            if (context.getType() == WorkforceIntegration.class) {
                return Revision.modelOf(checked);
            }
            if (context.getType().getPackageName().equals(MODELS)) {
                return Json.MAPPER.treeToValue(checked, context.getType());
            }
        }
        return context.proceed();
    }
}
