package org.broadsheet.store;

/** An account signed in to a sync API with one of its app passwords: who, and with which password. */
public record AppPasswordUse(Account account, long appPasswordId) {}
