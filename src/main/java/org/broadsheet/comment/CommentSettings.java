package org.broadsheet.comment;

import java.time.Duration;

/**
 * How commenting and its moderation behave.
 *
 * @param heldFirst how many of a new account's comments wait for a moderator before the account's comments show at once
 * @param maxLinks the most links one comment may carry
 * @param maxLength the longest comment, in characters
 * @param editWindow how long after posting its author may edit a comment
 * @param openFor how long after an article's publication it takes comments
 * @param perAccount comments one account may post per {@code ratePeriod}
 * @param perAddress comments one network address may post per {@code ratePeriod}
 * @param duplicateWindow how long the same account may not post the same text again
 * @param pageSize top comments per page of a thread
 */
public record CommentSettings(
        int heldFirst,
        int maxLinks,
        int maxLength,
        Duration editWindow,
        Duration openFor,
        int perAccount,
        int perAddress,
        Duration ratePeriod,
        Duration duplicateWindow,
        int pageSize) {

    /** Replies nest this many levels deep at most, counting the top comment. */
    public static final int MAX_DEPTH = 3;

    /**
     * 3 held comments, 3 links, 5,000 characters, 15 minutes to edit, 14 days open, 5 comments a minute per account and
     * 10 per address, no repeat within 10 minutes, 20 threads a page.
     */
    public static CommentSettings defaults() {
        return new CommentSettings(
                3,
                3,
                5000,
                Duration.ofMinutes(15),
                Duration.ofDays(14),
                5,
                10,
                Duration.ofMinutes(1),
                Duration.ofMinutes(10),
                20);
    }

    public CommentSettings withHeldFirst(int value) {
        return new CommentSettings(
                value,
                maxLinks,
                maxLength,
                editWindow,
                openFor,
                perAccount,
                perAddress,
                ratePeriod,
                duplicateWindow,
                pageSize);
    }

    public CommentSettings withOpenFor(Duration value) {
        return new CommentSettings(
                heldFirst,
                maxLinks,
                maxLength,
                editWindow,
                value,
                perAccount,
                perAddress,
                ratePeriod,
                duplicateWindow,
                pageSize);
    }

    public CommentSettings withRates(int accountValue, int addressValue) {
        return new CommentSettings(
                heldFirst,
                maxLinks,
                maxLength,
                editWindow,
                openFor,
                accountValue,
                addressValue,
                ratePeriod,
                duplicateWindow,
                pageSize);
    }

    public CommentSettings withPageSize(int value) {
        return new CommentSettings(
                heldFirst,
                maxLinks,
                maxLength,
                editWindow,
                openFor,
                perAccount,
                perAddress,
                ratePeriod,
                duplicateWindow,
                value);
    }
}
