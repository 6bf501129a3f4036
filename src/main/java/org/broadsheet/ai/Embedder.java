package org.broadsheet.ai;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Sentence embeddings from the bundled all-MiniLM-L6-v2 model (quantised, 384 dimensions, unit length), computed
 * in-process with ONNX Runtime.
 *
 * <p>Each call runs on the caller's thread with one ONNX intra-op thread, so callers choose the parallelism (the
 * application's bounded CPU pool); on two cores that measured fastest. Texts longer than the model's 510-token window
 * are embedded in parts and averaged. Instances are thread-safe and expensive: load one per process.
 */
public final class Embedder implements AutoCloseable {
    /** The model's name, stored beside every vector so that a change of model is noticed. */
    public static final String MODEL = "all-minilm-l6-v2-q";

    /** The length of every vector. */
    public static final int DIMENSIONS = 384;

    /** How much of an article's body joins its title in {@link #articleText}. */
    static final int LEAD_CHARS = 600;

    private static final String MODEL_RESOURCE = "/all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER_RESOURCE = "/all-minilm-l6-v2-q-tokenizer.json";

    /** A loaded model: its ONNX session and langchain4j's encoder around it. */
    private record Loaded(OrtSession session, Model model) {}

    private volatile @Nullable Loaded loaded;
    private boolean closed;

    private Embedder() {}

    /**
     * The text an article is embedded from, the one rule for every stored vector (enrichment, stories, and {@code bench
     * cluster}, so that the benchmark measures what production embeds): the title, a newline, and the opening of the
     * body with its whitespace collapsed, cut at the last space before 600 characters (or at 600 when that space comes
     * before the middle). A news story puts its who, what and where first; MiniLM was trained on texts of up to 256
     * tokens and reads the title plus lead in one window, where a whole body would cost several windows for little gain.
     */
    public static String articleText(String title, String body) {
        String lead = body.replaceAll("\\s+", " ").strip();
        if (lead.length() > LEAD_CHARS) {
            int cut = lead.lastIndexOf(' ', LEAD_CHARS);
            lead = lead.substring(0, cut > LEAD_CHARS / 2 ? cut : LEAD_CHARS);
        }
        return title.strip() + "\n" + lead;
    }

    /** Loads the model from the class path now (about 23 MB; takes a few hundred milliseconds). */
    public static Embedder load() {
        Embedder embedder = new Embedder();
        embedder.loaded();
        return embedder;
    }

    /**
     * An embedder that loads the model at its first use, so that a process that may never embed (or that should
     * answer its first page quickly) does not pay for it at start.
     */
    public static Embedder lazy() {
        return new Embedder();
    }

    private Loaded loaded() {
        Loaded current = loaded;
        if (current != null) {
            return current;
        }
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("the embedding model was closed");
            }
            if (loaded == null) {
                loaded = read();
            }
            return loaded;
        }
    }

    private static Loaded read() {
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            OrtSession session = environment.createSession(resource(MODEL_RESOURCE), options);
            try (InputStream tokenizer = Objects.requireNonNull(
                    Embedder.class.getResourceAsStream(TOKENIZER_RESOURCE), TOKENIZER_RESOURCE)) {
                OnnxBertBiEncoder encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
                return new Loaded(session, new Model(encoder));
            } catch (IOException | RuntimeException e) {
                session.close();
                throw e;
            }
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the embedding model: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the embedding model's tokenizer", e);
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = Embedder.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing class-path resource " + name);
            }
            return in.readAllBytes();
        }
    }

    /** The unit-length embedding of {@code text}; a blank text has no meaning and gets the zero vector. */
    public float[] embed(String text) {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            return new float[DIMENSIONS];
        }
        return loaded().model().embed(TextSegment.from(text)).content().vector();
    }

    /** The embeddings of {@code texts}, in order, computed one after another on the calling thread. */
    public List<float[]> embedAll(List<String> texts) {
        Objects.requireNonNull(texts, "texts");
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (String text : texts) {
            vectors.add(embed(text));
        }
        return vectors;
    }

    /** The cosine similarity of two unit-length vectors: their dot product, from -1 to 1. */
    public static float similarity(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("vectors differ in length: " + a.length + " and " + b.length);
        }
        float dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    @Override
    public synchronized void close() {
        closed = true;
        Loaded current = loaded;
        loaded = null;
        if (current == null) {
            return;
        }
        try {
            current.session().close();
        } catch (OrtException e) {
            throw new IllegalStateException("cannot close the embedding model", e);
        }
    }

    /** langchain4j's in-process model around our own session, running every text on the caller's thread. */
    private static final class Model extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder encoder;

        Model(OnnxBertBiEncoder encoder) {
            super(Runnable::run);
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }
    }
}
