package org.broadsheet.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;

/**
 * A real Lucene index on a directory that fails like a full disk while {@link #full} is set: creating a file or
 * syncing one throws "No space left on device". For the tests of what breaks and what recovers when the disk fills.
 */
public final class FullDiskIndex {
    /** While set, the index's directory refuses to create or sync files. */
    public final AtomicBoolean full = new AtomicBoolean();

    /** The index, over the failing directory. */
    public final SearchIndex index;

    public FullDiskIndex(Path folder) {
        this.index = LuceneIndex.open(folder, directory -> new FilterDirectory(directory) {
            @Override
            public IndexOutput createOutput(String name, IOContext context) throws IOException {
                refuseIfFull();
                return super.createOutput(name, context);
            }

            @Override
            public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
                refuseIfFull();
                return super.createTempOutput(prefix, suffix, context);
            }

            @Override
            public void sync(Collection<String> names) throws IOException {
                refuseIfFull();
                super.sync(names);
            }
        });
    }

    private void refuseIfFull() throws IOException {
        if (full.get()) {
            throw new IOException("No space left on device");
        }
    }
}
