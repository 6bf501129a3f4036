package org.broadsheet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Accounts, sessions, tokens, comments, likes, reports and the audit log: the same behaviour on every database. */
abstract class CommunityStoreContract {
    private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");

    Database db;
    long articleId;

    abstract String jdbcUrl() throws Exception;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(jdbcUrl());
        Source source = db.sources().add(NewSource.of("Planet", URI.create("https://planet.example/feed")));
        articleId = db.articles()
                .upsert(new ArticleDraft(
                        source.id(),
                        URI.create("https://planet.example/a"),
                        null,
                        "a",
                        "A story",
                        null,
                        T0,
                        null,
                        T0,
                        "en",
                        "text",
                        "<p>text</p>",
                        "text",
                        null,
                        1,
                        "h"))
                .id();
    }

    @AfterEach
    void close() {
        if (db != null) { // null when the set-up skipped the test (no PostgreSQL configured)
            db.close();
        }
    }

    Account account(String name) {
        return db.accounts().create(name, "$argon2id$fake", Role.READER, T0);
    }

    Comment comment(Account author, Long parent, String body, CommentStatus status, Instant at) {
        return db.comments()
                .add(new NewComment(
                        articleId, author.id(), parent, body, "hash-" + body, status, null, "10.0.0.1", at));
    }

    @Test
    void usernamesAreUniqueWithoutRegardToCase() {
        Account ada = account("Ada");

        assertThatThrownBy(() -> account("ADA")).isInstanceOf(DuplicateAccountException.class);
        assertThat(db.accounts().findByName("aDa")).contains(ada);
        assertThat(db.accounts().passwordHash(ada.id())).isEqualTo("$argon2id$fake");
    }

    @Test
    void namesThatLookLikeATakenOneAreRefused() {
        Account alice = account("alice");
        account("admin1");

        for (String name : java.util.List.of("аlice", "ａｌｉｃｅ", "ALICE", "admın1", "ADMIN1", "admin\u200b1")) {
            assertThatThrownBy(() -> account(name)).as(name).isInstanceOf(DuplicateAccountException.class);
        }
        assertThat(db.accounts().findByName("ａｌｉｃｅ")).contains(alice);
        assertThat(AccountStore.skeleton("аlice")).isEqualTo(AccountStore.skeleton("alice"));
        assertThat(account("alicia").username()).isEqualTo("alicia");
    }

    @Test
    void sessionsExpireAndEndPerBrowserOrEverywhere() {
        Account ada = account("ada");
        db.accounts().createSession("s1", ada.id(), "c1", T0, T0.plus(Duration.ofDays(1)));
        db.accounts().createSession("s2", ada.id(), "c2", T0, T0.plus(Duration.ofDays(1)));

        assertThat(db.accounts().findSession("s1", T0).orElseThrow().csrf()).isEqualTo("c1");
        assertThat(db.accounts().findSession("s1", T0.plus(Duration.ofDays(2)))).isEmpty();
        db.accounts().deleteSession("s1");
        assertThat(db.accounts().findSession("s1", T0)).isEmpty();
        assertThat(db.accounts().findSession("s2", T0)).isPresent();
        assertThat(db.accounts().deleteSessions(ada.id())).isEqualTo(1);
        assertThat(db.accounts().findSession("s2", T0)).isEmpty();
    }

    @Test
    void purgeDropsExpiredSessionsAndOldFailures() {
        Account ada = account("ada");
        db.accounts().createSession("old", ada.id(), "c", T0, T0.plusSeconds(10));
        db.accounts().createSession("live", ada.id(), "c", T0, T0.plus(Duration.ofDays(1)));
        db.accounts().recordLoginFailure("ada", "10.0.0.1", T0);
        db.accounts().recordLoginFailure("ada", "10.0.0.1", T0.plusSeconds(100));

        db.accounts().rememberLoginAddress(ada.id(), "10.0.0.1", T0);
        db.accounts().rememberLoginAddress(ada.id(), "10.0.0.2", T0.plusSeconds(100));

        db.accounts().purge(T0.plusSeconds(20), T0.plusSeconds(50), T0.plusSeconds(50));

        assertThat(db.accounts().deleteSessions(ada.id())).isEqualTo(1);
        assertThat(db.accounts().loginFailures("ada", "10.0.0.1", T0).byName()).isEqualTo(1);
        assertThat(db.accounts().signedInFrom("ada", "10.0.0.1", T0)).isFalse();
        assertThat(db.accounts().signedInFrom("ada", "10.0.0.2", T0)).isTrue();
    }

    @Test
    void tokensFindTheirAccountUntilRevoked() {
        Account ada = account("ada");
        Account bob = account("bob");
        ApiToken token = db.accounts().createToken(ada.id(), "app", "secret-hash", T0);

        assertThat(db.accounts().findByToken("secret-hash", T0)).contains(ada);
        assertThat(db.accounts().tokens(ada.id()).getFirst().lastUsed()).isEqualTo(T0);
        assertThat(db.accounts().revokeToken(bob.id(), token.id())).isFalse();
        assertThat(db.accounts().revokeToken(ada.id(), token.id())).isTrue();
        assertThat(db.accounts().findByToken("secret-hash", T0)).isEmpty();
    }

    @Test
    void bansHaveAnEndOrLastForGood() {
        Account ada = account("ada");
        db.accounts().setBan(ada.id(), Instant.MAX, "spam");
        Account banned = db.accounts().find(ada.id()).orElseThrow();

        assertThat(banned.bannedUntil()).isEqualTo(Instant.MAX);
        assertThat(banned.bannedAt(T0.plus(Duration.ofDays(10_000)))).isTrue();
        db.accounts().setBan(ada.id(), T0.plus(Duration.ofDays(1)), "rude");
        assertThat(db.accounts().find(ada.id()).orElseThrow().bannedAt(T0.plus(Duration.ofDays(2))))
                .isFalse();
        db.accounts().setBan(ada.id(), null, null);
        assertThat(db.accounts().find(ada.id()).orElseThrow().bannedUntil()).isNull();
    }

    @Test
    void loginFailuresAreCountedByNameAndByAddressWithinTheWindow() {
        db.accounts().recordLoginFailure("Ada", "10.0.0.1", T0);
        db.accounts().recordLoginFailure("ada", "10.0.0.2", T0.plusSeconds(60));
        db.accounts().recordLoginFailure("bob", "10.0.0.1", T0.plusSeconds(120));

        AccountStore.LoginFailures f = db.accounts().loginFailures("ADA", "10.0.0.1", T0.plusSeconds(30));
        assertThat(f.byName()).isEqualTo(1);
        assertThat(f.byAddress()).isEqualTo(1);
        assertThat(f.byNameFromAddress()).isZero();
        assertThat(db.accounts().loginFailures("ADA", "10.0.0.1", T0).byNameFromAddress())
                .isEqualTo(1);
        // Signing in from one address forgets the name's failures there, not those from elsewhere.
        db.accounts().clearLoginFailures("ada", "10.0.0.1");
        assertThat(db.accounts().loginFailures("ada", "10.0.0.2", T0).byNameFromAddress())
                .isEqualTo(1);
        assertThat(db.accounts().loginFailures("ada", "10.0.0.2", T0).byName()).isEqualTo(1);
    }

    @Test
    void remembersTheAddressesAnAccountSignedInFrom() {
        Account ada = account("ada");
        db.accounts().rememberLoginAddress(ada.id(), "10.0.0.1", T0);
        db.accounts().rememberLoginAddress(ada.id(), "10.0.0.1", T0.plusSeconds(60));

        assertThat(db.accounts().signedInFrom("ADA", "10.0.0.1", T0.plusSeconds(30)))
                .isTrue();
        assertThat(db.accounts().signedInFrom("ada", "10.0.0.2", T0)).isFalse();
        assertThat(db.accounts().signedInFrom("bob", "10.0.0.1", T0)).isFalse();
    }

    @Test
    void threadsNestRepliesAndShowHeldCommentsOnlyToTheirAuthors() {
        Account ada = account("ada");
        Account bob = account("bob");
        Comment top = comment(ada, null, "top", CommentStatus.VISIBLE, T0);
        Comment reply = comment(bob, top.id(), "reply", CommentStatus.VISIBLE, T0.plusSeconds(1));
        Comment deeper = comment(ada, reply.id(), "deeper", CommentStatus.VISIBLE, T0.plusSeconds(2));
        comment(bob, null, "held", CommentStatus.HELD, T0.plusSeconds(3));

        assertThat(reply.rootId()).isEqualTo(top.id());
        assertThat(deeper.depth()).isEqualTo(2);
        assertThat(deeper.rootId()).isEqualTo(top.id());
        assertThat(db.comments().threads(articleId, ada.id(), CommentSort.OLDEST, 10, 0))
                .extracting(Comment::body)
                .containsExactly("top", "reply", "deeper");
        assertThat(db.comments().threads(articleId, bob.id(), CommentSort.NEWEST, 10, 0))
                .extracting(Comment::body)
                .containsExactly("held", "top", "reply", "deeper");
        assertThat(db.comments().countThreads(articleId, 0)).isEqualTo(1);
        assertThat(db.comments().countVisible(articleId)).isEqualTo(3);
        assertThat(db.comments().countsVisible(List.of(articleId, 999L)))
                .containsEntry(articleId, 3)
                .hasSize(1);
    }

    @Test
    void deletingLeavesATombstoneWithoutTheText() {
        Account ada = account("ada");
        Comment top = comment(ada, null, "secret words", CommentStatus.VISIBLE, T0);

        db.comments().setStatus(top.id(), CommentStatus.DELETED);

        Comment tomb = db.comments().find(top.id()).orElseThrow();
        assertThat(tomb.status()).isEqualTo(CommentStatus.DELETED);
        assertThat(tomb.body()).isEmpty();
        assertThat(db.comments().threads(articleId, 0, CommentSort.OLDEST, 10, 0))
                .hasSize(1);
        assertThat(db.comments().countVisible(articleId)).isZero();
    }

    @Test
    void likesToggleAndSortTheMostLikedFirst() {
        Account ada = account("ada");
        Account bob = account("bob");
        Comment first = comment(ada, null, "first", CommentStatus.VISIBLE, T0);
        Comment second = comment(ada, null, "second", CommentStatus.VISIBLE, T0.plusSeconds(1));

        assertThat(db.comments().toggleLike(second.id(), bob.id(), T0)).isTrue();
        assertThat(db.comments().toggleLike(first.id(), bob.id(), T0)).isTrue();
        assertThat(db.comments().toggleLike(first.id(), bob.id(), T0)).isFalse();
        db.comments().toggleLike(second.id(), ada.id(), T0);

        assertThat(db.comments().find(second.id()).orElseThrow().likes()).isEqualTo(2);
        assertThat(db.comments().likedBy(bob.id(), List.of(first.id(), second.id())))
                .containsExactly(second.id());
        assertThat(db.comments().threads(articleId, 0, CommentSort.LIKED, 10, 0))
                .extracting(Comment::body)
                .containsExactly("second", "first");
    }

    @Test
    void reportsQueueACommentOncePerReporterUntilResolved() {
        Account ada = account("ada");
        Account bob = account("bob");
        Comment c = comment(ada, null, "rude", CommentStatus.VISIBLE, T0);
        comment(bob, null, "held one", CommentStatus.HELD, T0.plusSeconds(1));

        assertThat(db.comments().report(c.id(), bob.id(), "rude'; DROP TABLE comment; --", T0))
                .isTrue();
        assertThat(db.comments().report(c.id(), bob.id(), "again", T0)).isFalse();

        List<QueuedComment> queue = db.comments().queue(10);
        assertThat(queue).extracting(q -> q.comment().body()).containsExactly("rude", "held one");
        assertThat(queue.getFirst().reports().getFirst().reason()).isEqualTo("rude'; DROP TABLE comment; --");
        assertThat(queue.getFirst().articleTitle()).isEqualTo("A story");
        db.comments().resolveReports(c.id());
        assertThat(db.comments().queue(10)).extracting(q -> q.comment().body()).containsExactly("held one");
    }

    @Test
    void queueListsEachCommentOnceWithItsOpenReportsInOrderAndHonoursTheLimit() {
        Account ada = account("ada");
        Account bob = account("bob");
        Account cy = account("cy");
        Comment reported = comment(ada, null, "reported twice", CommentStatus.VISIBLE, T0);
        comment(bob, null, "held", CommentStatus.HELD, T0.plusSeconds(1));
        Comment hidden = comment(ada, null, "hidden", CommentStatus.HIDDEN, T0.plusSeconds(2));
        Comment late = comment(cy, null, "late", CommentStatus.VISIBLE, T0.plusSeconds(3));
        comment(cy, null, "fine", CommentStatus.VISIBLE, T0.plusSeconds(4));
        db.comments().report(reported.id(), cy.id(), "first", T0);
        db.comments().report(reported.id(), bob.id(), "second", T0);
        db.comments().report(hidden.id(), bob.id(), "not queued: hidden", T0);
        db.comments().report(late.id(), ada.id(), "late one", T0);

        List<QueuedComment> queue = db.comments().queue(10);
        assertThat(queue).extracting(q -> q.comment().body()).containsExactly("reported twice", "held", "late");
        assertThat(queue.get(0).reports())
                .extracting(Report::reason, Report::reporter)
                .containsExactly(tuple("first", "cy"), tuple("second", "bob"));
        assertThat(queue.get(1).reports()).isEmpty();
        assertThat(queue.get(2).reports()).extracting(Report::reason).containsExactly("late one");
        assertThat(queue).extracting(QueuedComment::articleTitle).containsOnly("A story");
        assertThat(db.comments().queue(2))
                .extracting(q -> q.comment().body())
                .containsExactly("reported twice", "held");
    }

    @Test
    void rateAndDuplicateQueriesCountRecentPosts() {
        Account ada = account("ada");
        comment(ada, null, "one", CommentStatus.VISIBLE, T0);
        comment(ada, null, "two", CommentStatus.HELD, T0.plusSeconds(30));

        assertThat(db.comments().countByAccountSince(ada.id(), T0.plusSeconds(10)))
                .isEqualTo(1);
        assertThat(db.comments().countByAddressSince("10.0.0.1", T0)).isEqualTo(2);
        assertThat(db.comments().postedSince(ada.id(), "hash-one", T0)).isTrue();
        assertThat(db.comments().postedSince(ada.id(), "hash-one", T0.plusSeconds(1)))
                .isFalse();
        assertThat(db.comments().countApproved(ada.id())).isEqualTo(1);
    }

    @Test
    void editsKeepTheTextVerbatimAndMarkTheTime() {
        Account ada = account("ada");
        Comment c = comment(ada, null, "before", CommentStatus.VISIBLE, T0);
        String sql = "Robert'); DROP TABLE comment;-- \" \\ % _ <b>";

        db.comments().edit(c.id(), sql, "h2", CommentStatus.VISIBLE, null, T0.plusSeconds(60));

        Comment edited = db.comments().find(c.id()).orElseThrow();
        assertThat(edited.body()).isEqualTo(sql);
        assertThat(edited.edited()).isEqualTo(T0.plusSeconds(60));
        assertThat(db.comments().count()).isEqualTo(1);
    }

    @Test
    void bannedTermsAndTheAuditLogAreKept() {
        db.moderation().replaceBannedTerms(List.of(new BannedTerm("spam", false), new BannedTerm("fr[e3]e", true)));
        db.moderation().audit(T0, null, "command line", "account.add", "account", 1L, "ada as admin");
        db.moderation().audit(T0.plusSeconds(1), 1L, "ada", "comment.hide", "comment", 7L, "by bob");

        assertThat(db.moderation().bannedTerms())
                .containsExactly(new BannedTerm("spam", false), new BannedTerm("fr[e3]e", true));
        assertThat(db.moderation().auditLog(10))
                .extracting(AuditEntry::action)
                .containsExactly("comment.hide", "account.add");
        assertThat(db.moderation().auditLog(10).getLast().actorId()).isNull();
    }
}
