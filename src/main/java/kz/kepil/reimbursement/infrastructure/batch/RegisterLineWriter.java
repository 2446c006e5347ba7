package kz.kepil.reimbursement.infrastructure.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.kepil.reimbursement.application.RegisterBuildSteps;

import java.util.List;

/**
 * Writes a chunk's register lines in the chunk's transaction ({@link RegisterBuildSteps#writeChunk}).
 * {@code failAfterChunks}, set only by test portals, makes the execution fail after that many chunks, as
 * a crash between chunks would leave it.
 */
@Named("registerLineWriter")
@Dependent
public class RegisterLineWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    String registerId;

    @Inject
    @BatchProperty
    String failAfterChunks;

    @Inject
    RegisterBuildSteps steps;

    private int chunks;

    @Override
    public void writeItems(List<Object> items) {
        int failAfter = failAfterChunks == null || failAfterChunks.isBlank() ? 0 : Integer.parseInt(failAfterChunks);
        if (failAfter > 0 && chunks >= failAfter) {
            throw new IllegalStateException("the build was made to fail after " + failAfter + " chunks (test portal)");
        }
        steps.writeChunk(Long.parseLong(registerId), items.stream().map(i -> (Long) i).toList());
        chunks++;
    }
}
