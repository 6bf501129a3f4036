package org.broadsheet.feed;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One {@code Expect:} expression of the Universal Feed Parser's test suite, translated into checks on our model. It
 * reads the small Python subset those files use ({@code and}, {@code or}, {@code not}, {@code ==}, {@code !=},
 * {@code is}, indexing, {@code len(entries)}, string, number and tuple literals); an expression that names anything
 * our model does not hold (an {@code encoding}, {@code tags}, {@code *_detail['language']}, ...) is not applicable.
 */
final class FeedExpectation {
    /** Thrown by {@link #parse} for an expression that does not map onto our model, with the part that does not. */
    static final class NotApplicable extends RuntimeException {
        NotApplicable(String reason) {
            super(reason, null, false, false);
        }
    }

    /** What an expression is checked against: the parse result (null when parsing failed) and its bozo bit. */
    record Subject(@Nullable ParsedFeed feed, boolean bozo) {}

    private final String source;
    private final Node root;

    private FeedExpectation(String source, Node root) {
        this.source = source;
        this.root = root;
    }

    /**
     * Parses an expression.
     *
     * @throws NotApplicable when the expression uses syntax or names outside the subset that maps onto our model
     */
    static FeedExpectation parse(String expression) {
        Objects.requireNonNull(expression, "expression");
        return new FeedExpectation(expression, new ExpectParser(expression).parseAll());
    }

    /**
     * Whether the expression holds for {@code subject}; {@code lenient} compares text fields by their visible text
     * rather than by their normalised HTML.
     */
    boolean test(Subject subject, boolean lenient) {
        return truthy(root.eval(subject, lenient));
    }

    @Override
    public String toString() {
        return source;
    }

    static boolean truthy(@Nullable Object value) {
        return switch (value) {
            case null -> false;
            case Boolean b -> b;
            case Long n -> n != 0;
            case Double d -> d != 0;
            case String s -> !s.isEmpty();
            case List<?> l -> !l.isEmpty();
            default -> true;
        };
    }

    /** A node of the expression tree. */
    interface Node {
        @Nullable
        Object eval(Subject subject, boolean lenient);
    }

    record Literal(@Nullable Object value) implements Node {
        @Override
        public @Nullable Object eval(Subject subject, boolean lenient) {
            return value;
        }
    }

    record Bozo() implements Node {
        @Override
        public Object eval(Subject subject, boolean lenient) {
            return subject.bozo();
        }
    }

    record Not(Node operand) implements Node {
        @Override
        public Object eval(Subject subject, boolean lenient) {
            return !truthy(operand.eval(subject, lenient));
        }
    }

    record And(Node left, Node right) implements Node {
        @Override
        public @Nullable Object eval(Subject subject, boolean lenient) {
            Object l = left.eval(subject, lenient);
            return truthy(l) ? right.eval(subject, lenient) : l;
        }
    }

    record Or(Node left, Node right) implements Node {
        @Override
        public @Nullable Object eval(Subject subject, boolean lenient) {
            Object l = left.eval(subject, lenient);
            return truthy(l) ? l : right.eval(subject, lenient);
        }
    }

    /** {@code a == b == c}, {@code a != b}, {@code a is None}: Python's chained comparison. */
    record Compare(List<Node> operands, List<Boolean> equal) implements Node {
        @Override
        public Object eval(Subject subject, boolean lenient) {
            Object left = operands.getFirst().eval(subject, lenient);
            for (int i = 1; i < operands.size(); i++) {
                Object right = operands.get(i).eval(subject, lenient);
                Kind kind = operands.get(i - 1) instanceof Field f
                        ? f.kind()
                        : operands.get(i) instanceof Field g ? g.kind() : Kind.EXACT;
                // For plain text, which side is ours matters: ours is text, the expected side may be markup.
                boolean swap = kind == Kind.PLAIN && !(operands.get(i) instanceof Field);
                boolean same = swap ? same(right, left, kind, lenient) : same(left, right, kind, lenient);
                if (same != equal.get(i - 1)) {
                    return false;
                }
                left = right;
            }
            return true;
        }

        /** Whether {@code a} and {@code b} agree; for {@link Kind#PLAIN}, {@code b} is our plain text. */
        private static boolean same(@Nullable Object a, @Nullable Object b, Kind kind, boolean lenient) {
            boolean textual = kind == Kind.TEXT || kind == Kind.PLAIN;
            if (textual && lenient && (a == null || b == null)) {
                // Leniently, an absent title or body reads the same as an empty one.
                a = a == null ? "" : a;
                b = b == null ? "" : b;
            }
            if (a instanceof String x && b instanceof String y) {
                return switch (kind) {
                    case TEXT -> ExpectedText.equivalent(x, y, lenient);
                    case PLAIN -> ExpectedText.equivalentPlain(x, y, lenient);
                    default -> x.strip().equals(y.strip());
                };
            }
            if (a instanceof Number x && b instanceof Number y) {
                return x.doubleValue() == y.doubleValue();
            }
            if (a instanceof List<?> x && b instanceof List<?> y) {
                return x.size() == y.size() && (x.equals(y) || timeTupleEquals(x, y));
            }
            return Objects.equals(a, b);
        }

        /** Python's time tuples: the weekday, day of year and DST flag are derived, so only the first six count. */
        private static boolean timeTupleEquals(List<?> x, List<?> y) {
            return x.size() == 9 && x.subList(0, 6).equals(y.subList(0, 6));
        }
    }

    record Len(Node operand) implements Node {
        @Override
        public @Nullable Object eval(Subject subject, boolean lenient) {
            Object value = operand.eval(subject, lenient);
            if (value instanceof List<?> list) {
                return (long) list.size();
            }
            return value instanceof String s ? (long) s.length() : null;
        }
    }

    /** How a field's value compares with an expected literal. */
    enum Kind {
        /** Summaries and content: HTML on both sides, compared after normalisation. */
        TEXT,
        /**
         * Titles, authors, the feed's description: plain text in our model, compared with the text the expected value
         * shows (feedparser's may hold markup, or escaped markup).
         */
        PLAIN,
        /** Links, ids, language codes: compared exactly, leading and trailing space aside. */
        EXACT,
        /** Dates, read as Python time tuples in UTC. */
        DATE,
        /** The entry list itself, for {@code len(entries)}. */
        LIST
    }

    /** A field of our model: of the feed ({@code entry < 0}) or of one entry. */
    record Field(String name, int entry, Kind kind) implements Node {
        @Override
        public @Nullable Object eval(Subject subject, boolean lenient) {
            ParsedFeed parsed = subject.feed();
            if (parsed == null) {
                return null;
            }
            if (name.equals("entries")) {
                return parsed.entries();
            }
            if (entry < 0) {
                FeedInfo f = parsed.feed();
                return switch (name) {
                    case "title" -> f.title();
                    case "link" -> f.link();
                    case "subtitle" -> f.description();
                    case "language" -> f.language();
                    case "updated" -> timeTuple(f.updated());
                    default -> throw new IllegalStateException("unmapped feed field " + name);
                };
            }
            if (entry >= parsed.entries().size()) {
                return null;
            }
            FeedEntry e = parsed.entries().get(entry);
            return switch (name) {
                case "title" -> e.title();
                case "link" -> e.link();
                case "id" -> e.id();
                // feedparser copies an entry's content into its summary when it has none.
                case "summary" -> e.summary() != null ? e.summary() : e.content();
                case "author" -> e.author();
                case "content" -> e.content();
                case "published" -> timeTuple(e.published());
                case "updated" -> timeTuple(e.updated());
                default -> throw new IllegalStateException("unmapped entry field " + name);
            };
        }
    }

    /** Python's {@code time.struct_time} of an instant in UTC, as nine numbers. */
    static @Nullable List<Long> timeTuple(@Nullable Instant instant) {
        if (instant == null) {
            return null;
        }
        ZonedDateTime t = instant.atZone(ZoneOffset.UTC);
        List<Long> tuple = new ArrayList<>(9);
        for (long n : new long[] {
            t.getYear(),
            t.getMonthValue(),
            t.getDayOfMonth(),
            t.getHour(),
            t.getMinute(),
            t.getSecond(),
            t.getDayOfWeek().getValue() - 1,
            t.getDayOfYear(),
            0
        }) {
            tuple.add(n);
        }
        return tuple;
    }
}
