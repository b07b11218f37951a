package org.cpecwatch.app.cli;

/** A failure the user can fix; its message is printed alone, without a stack trace. */
public final class UserError extends RuntimeException {

    public UserError(String message) {
        super(message);
    }
}
