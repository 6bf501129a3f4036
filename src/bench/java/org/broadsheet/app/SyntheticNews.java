package org.broadsheet.app;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.broadsheet.search.IndexedArticle;

/**
 * A reproducible corpus of made-up news for benchmarks: the same seed gives the same articles. There are {@value
 * #TOPICS} topics, each a place, a subject and an actor; an article picks a topic (a few are much more frequent than the
 * rest, as in real news), draws its title and about 120 words of body mostly from its topic's words and otherwise
 * from a general vocabulary. Its vector is derived cheaply: the real model embeds each topic's sentence once, and each
 * article gets that vector plus seeded Gaussian noise, normalised (cosine about 0.8 to its topic), so that nearest
 * neighbours have the structure of real news without embedding 100,000 texts.
 */
final class SyntheticNews {
    static final int TOPICS = 500;
    static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final String[] PLACES = words("""
            London Paris Berlin Madrid Rome Lisbon Dublin Vienna Prague Warsaw Athens Oslo Stockholm Helsinki Brussels
            Amsterdam Geneva Zurich Munich Hamburg Lyon Marseille Milan Naples Seville Porto Cork Galway Glasgow Leeds
            Sydney Melbourne Perth Auckland Toronto Montreal Chicago Boston Denver Seattle Dallas Miami Tokyo Osaka
            Seoul Delhi Mumbai Nairobi Lagos Cairo""");
    private static final String[] SUBJECTS = words("""
            election budget strike flood wildfire storm earthquake drought election recall verdict trial merger
            takeover layoffs tariffs inflation interest-rates housing rents transport railway airport port bridge
            hospital school university museum theft festival final championship transfer stadium vaccine outbreak
            pollution heatwave snowfall protest ceasefire summit treaty sanctions pipeline refinery battery chip
            factory election reform pension wages""");
    private static final String[] ACTORS = words("""
            government council minister mayor court union company regulator police scientists doctors farmers
            teachers nurses investors parliament president coalition opposition airline operator developer club
            coach federation agency commission bank insurer""");
    private static final String[] GENERAL = words("""
            said would could after before during week month year people new first last more most many some other
            report reports told officials local national public plan plans expected announced warned says according
            further major early late since while also including number million billion percent around across between
            under over against amid following despite still already again only just about because""");

    private final long seed;
    private final float[][] topicVectors;

    /** @param embed the real model, used once per topic */
    SyntheticNews(long seed, Function<String, float[]> embed) {
        this.seed = seed;
        this.topicVectors = new float[TOPICS][];
        for (int t = 0; t < TOPICS; t++) {
            topicVectors[t] = embed.apply(topicSentence(t));
        }
    }

    private static String[] words(String text) {
        return text.strip().split("\\s+");
    }

    private static String place(int t) {
        return PLACES[t % PLACES.length];
    }

    private static String subject(int t) {
        return SUBJECTS[(t / PLACES.length + t * 7) % SUBJECTS.length].replace('-', ' ');
    }

    private static String actor(int t) {
        return ACTORS[(t * 13 + 5) % ACTORS.length];
    }

    static String topicSentence(int t) {
        return place(t) + " " + subject(t) + ": " + actor(t) + " responds";
    }

    /** Article number {@code n} (from 0) of the corpus. */
    IndexedArticle article(long n) {
        Random r = new Random(seed * 1_000_003L + n);
        int topic = (int) Math.min(TOPICS - 1, Math.floor(Math.pow(r.nextDouble(), 2.5) * TOPICS));
        String title = place(topic) + " " + subject(topic) + ": " + actor(topic) + " " + pick(r, GENERAL) + " "
                + pick(r, GENERAL) + " " + pick(r, SUBJECTS);
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 120; i++) {
            double x = r.nextDouble();
            String w = x < 0.08
                    ? place(topic)
                    : x < 0.16
                            ? subject(topic)
                            : x < 0.22
                                    ? actor(topic)
                                    : x < 0.30
                                            ? pick(r, SUBJECTS).replace('-', ' ')
                                            : x < 0.34 ? pick(r, PLACES) : pick(r, GENERAL);
            body.append(i % 15 == 0 ? capital(w) : w).append(i % 15 == 14 ? ". " : " ");
        }
        String text = body.toString().strip();
        long sourceId = 1 + r.nextInt(200);
        return new IndexedArticle(
                n + 1,
                Long.toHexString(r.nextLong()),
                sourceId,
                "Outlet " + sourceId,
                sourceId % 5 == 0 ? "DE" : sourceId % 3 == 0 ? "US" : "GB",
                "en",
                START.plusSeconds(n * 300 + r.nextInt(300)),
                title,
                text.substring(0, Math.min(200, text.length())),
                text,
                vector(r, topic));
    }

    private float[] vector(Random r, int topic) {
        float[] base = topicVectors[topic];
        float[] v = new float[base.length];
        double norm = 0;
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (base[i] + r.nextGaussian() * 0.04);
            norm += v[i] * v[i];
        }
        float scale = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < v.length; i++) {
            v[i] *= scale;
        }
        return v;
    }

    /** {@code count} queries of one to three words, drawn like the articles' own words. */
    List<String> queries(int count) {
        Random r = new Random(seed ^ 0x5eed);
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int topic = (int) Math.floor(Math.pow(r.nextDouble(), 2.5) * TOPICS);
            queries.add(
                    switch (r.nextInt(3)) {
                        case 0 -> subject(topic);
                        case 1 -> place(topic) + " " + subject(topic);
                        default -> actor(topic) + " " + pick(r, GENERAL) + " " + place(topic);
                    });
        }
        return queries;
    }

    private static String pick(Random r, String[] words) {
        return words[r.nextInt(words.length)];
    }

    private static String capital(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
