package io.github.somepolicy.engine;

import io.github.somepolicy.model.Message;

/** A problem that stops a run (as opposed to a finding): the configuration root cannot be read at all. */
public final class SomepolicyException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Message userMessage;

    /** A problem with a message for the user. */
    public SomepolicyException(Message userMessage, Throwable cause) {
        super(userMessage.key() + " " + userMessage.args(), cause);
        this.userMessage = userMessage;
    }

    /** The message to show, in the user's language. */
    public Message userMessage() {
        return userMessage;
    }
}
