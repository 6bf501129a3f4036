package org.broadsheet.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.broadsheet.store.Account;
import org.broadsheet.store.ArticleDraft;
import org.broadsheet.store.Comment;
import org.broadsheet.store.CommentSort;
import org.broadsheet.store.CommentStatus;
import org.broadsheet.store.Database;
import org.broadsheet.store.NewSource;
import org.broadsheet.store.Role;
import org.broadsheet.store.Source;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommentsTest {
    static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");

    @TempDir
    Path dir;

    Database db;
    TestClock clock = new TestClock(T0);
    Moderation moderation;
    Comments comments;
    Account ada;
    Account bob;
    Account mod;
    long article;

    /** A clock the test moves by hand. */
    static final class TestClock extends Clock {
        Instant now;

        TestClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }
    }

    @BeforeEach
    void open() {
        db = Database.open(Database.sqliteUrl(dir));
        moderation = new Moderation(db.comments(), db.accounts(), db.moderation(), clock);
        comments = new Comments(
                db.comments(),
                db.articles(),
                moderation,
                CommentSettings.defaults().withHeldFirst(0),
                clock);
        ada = db.accounts().create("ada", "x", Role.READER, T0);
        bob = db.accounts().create("bob", "x", Role.READER, T0);
        mod = db.accounts().create("mod", "x", Role.MODERATOR, T0);
        Source s = db.sources().add(NewSource.of("Planet", URI.create("https://planet.example/feed")));
        article = db.articles()
                .upsert(new ArticleDraft(
                        s.id(),
                        URI.create("https://planet.example/a"),
                        null,
                        "a",
                        "A",
                        null,
                        T0,
                        null,
                        T0,
                        "en",
                        "t",
                        "<p>t</p>",
                        "t",
                        null,
                        1,
                        "h"))
                .id();
    }

    @AfterEach
    void close() {
        db.close();
    }

    CommentProblem problemOf(Runnable action) {
        try {
            action.run();
        } catch (CommentException e) {
            return e.problem();
        }
        throw new AssertionError("no CommentException");
    }

    Comment post(Account who, String body) {
        return comments.post(who, article, null, body, "10.0.0." + who.id());
    }

    @Test
    void holdsTheFirstCommentsOfANewAccountUntilApproved() {
        Comments strict = new Comments(
                db.comments(),
                db.articles(),
                moderation,
                CommentSettings.defaults().withHeldFirst(1),
                clock);
        Comment first = strict.post(ada, article, null, "hello", "10.0.0.1");
        assertThat(first.status()).isEqualTo(CommentStatus.HELD);
        assertThat(first.heldReason()).isEqualTo("new account");
        assertThat(strict.post(mod, article, null, "moderators are trusted", "10.0.0.9")
                        .status())
                .isEqualTo(CommentStatus.VISIBLE);

        moderation.approve(mod, first.id());

        assertThat(strict.post(ada, article, null, "now trusted", "10.0.0.1").status())
                .isEqualTo(CommentStatus.VISIBLE);
        assertThat(moderation.auditLog(db.accounts().create("root", "x", Role.ADMIN, T0), 10))
                .extracting(e -> e.action())
                .containsExactly("comment.approve");
    }

    @Test
    void holdsCommentsWithBannedWordsOrPatterns() {
        moderation.replaceBannedTerms(mod, "spam\n/fr[e3]{2} money/\n");

        assertThat(post(ada, "This is SPAM!").status()).isEqualTo(CommentStatus.HELD);
        assertThat(post(ada, "Get FR33 MONEY").status()).isEqualTo(CommentStatus.HELD);
        assertThat(post(ada, "spammer is a different word").status()).isEqualTo(CommentStatus.VISIBLE);
        assertThat(problemOf(() -> moderation.replaceBannedTerms(mod, "/([a/"))).isEqualTo(CommentProblem.INVALID_RULE);
    }

    @Test
    void refusesEmptyLongLinkHeavyAndDuplicateComments() {
        assertThat(problemOf(() -> post(ada, "  \n "))).isEqualTo(CommentProblem.EMPTY);
        assertThat(problemOf(() -> post(ada, "x".repeat(5001)))).isEqualTo(CommentProblem.TOO_LONG);
        assertThat(problemOf(() -> post(ada, "http://a.example http://b.example http://c.example http://d.example")))
                .isEqualTo(CommentProblem.TOO_MANY_LINKS);
        post(ada, "Same words");
        assertThat(problemOf(() -> post(ada, "same   WORDS"))).isEqualTo(CommentProblem.DUPLICATE);
        assertThat(post(bob, "Same words").status()).isEqualTo(CommentStatus.VISIBLE);
    }

    @Test
    void limitsCommentsPerMinutePerAccountAndPerAddress() {
        for (int i = 0; i < 5; i++) {
            post(ada, "comment " + i);
        }
        assertThat(problemOf(() -> post(ada, "one too many"))).isEqualTo(CommentProblem.RATE_LIMITED);
        clock.advance(Duration.ofSeconds(61));
        assertThat(post(ada, "after a minute").status()).isEqualTo(CommentStatus.VISIBLE);
        Account carol = db.accounts().create("carol", "x", Role.READER, T0);
        Account[] sharing = {bob, mod, carol};
        for (int i = 0; i < 10; i++) {
            comments.post(sharing[i % 3], article, null, "shared " + i, "192.0.2.1");
        }
        assertThat(problemOf(() -> comments.post(carol, article, null, "eleventh", "192.0.2.1")))
                .isEqualTo(CommentProblem.RATE_LIMITED);
    }

    @Test
    void repliesNestThreeLevelsDeep() {
        Comment top = post(ada, "top");
        Comment reply = comments.post(bob, article, top.id(), "reply", "10.0.0.2");
        Comment third = comments.post(ada, article, reply.id(), "third", "10.0.0.1");

        assertThat(problemOf(() -> comments.post(bob, article, third.id(), "fourth", "10.0.0.2")))
                .isEqualTo(CommentProblem.TOO_DEEP);
        var page = comments.thread(db.articles().find(article).orElseThrow(), null, CommentSort.OLDEST, 1);
        assertThat(page.threads()).hasSize(1);
        assertThat(page.threads()
                        .getFirst()
                        .replies()
                        .getFirst()
                        .replies()
                        .getFirst()
                        .comment()
                        .body())
                .isEqualTo("third");
        assertThat(page.count()).isEqualTo(3);
    }

    @Test
    void editsOnlyOwnCommentsWithinFifteenMinutes() {
        Comment c = post(ada, "first words");

        assertThat(problemOf(() -> comments.edit(bob, c.id(), "hijacked"))).isEqualTo(CommentProblem.NOT_YOURS);
        assertThat(problemOf(() -> comments.delete(bob, c.id()))).isEqualTo(CommentProblem.NOT_YOURS);
        clock.advance(Duration.ofMinutes(14));
        assertThat(comments.edit(ada, c.id(), "better words").edited()).isEqualTo(clock.now);
        clock.advance(Duration.ofMinutes(2));
        assertThat(problemOf(() -> comments.edit(ada, c.id(), "too late")))
                .isEqualTo(CommentProblem.EDIT_WINDOW_PASSED);
        comments.delete(ada, c.id());
        assertThat(comments.find(c.id(), bob).orElseThrow().status()).isEqualTo(CommentStatus.DELETED);
    }

    @Test
    void closesCommentingAfterTheConfiguredDays() {
        clock.advance(Duration.ofDays(15));
        assertThat(problemOf(() -> post(ada, "late"))).isEqualTo(CommentProblem.CLOSED);
    }

    @Test
    void bannedAccountsCannotPostLikeOrReportUntilTheBanEnds() {
        Comment c = post(bob, "hello");
        moderation.ban(mod, ada.id(), Duration.ofDays(1), "rude");
        Account banned = db.accounts().find(ada.id()).orElseThrow();

        assertThat(problemOf(() -> post(banned, "let me in"))).isEqualTo(CommentProblem.BANNED);
        assertThat(problemOf(() -> comments.toggleLike(banned, c.id()))).isEqualTo(CommentProblem.BANNED);
        assertThat(problemOf(() -> moderation.ban(bob, mod.id(), null, "revenge")))
                .isEqualTo(CommentProblem.NOT_ALLOWED);
        clock.advance(Duration.ofDays(1).plusSeconds(1));
        assertThat(post(banned, "back again").status()).isEqualTo(CommentStatus.VISIBLE);
    }

    @Test
    void reportsNeedAReasonAndCountOncePerReader() {
        Comment c = post(ada, "questionable");

        assertThat(problemOf(() -> comments.report(bob, c.id(), "x"))).isEqualTo(CommentProblem.REASON_INVALID);
        comments.report(bob, c.id(), "off topic");
        assertThat(problemOf(() -> comments.report(bob, c.id(), "off topic")))
                .isEqualTo(CommentProblem.ALREADY_REPORTED);
        assertThat(moderation.queue(mod)).hasSize(1);
        moderation.hide(mod, c.id());
        assertThat(moderation.queue(mod)).isEmpty();
        assertThat(comments.find(c.id(), mod).orElseThrow().status()).isEqualTo(CommentStatus.HIDDEN);
        assertThat(comments.find(c.id(), ada)).as("its author").isPresent();
        assertThat(comments.find(c.id(), bob)).as("another reader").isEmpty();
        assertThat(comments.find(c.id(), null)).as("signed out").isEmpty();
        assertThat(problemOf(() -> moderation.queue(bob))).isEqualTo(CommentProblem.NOT_ALLOWED);
    }
}
