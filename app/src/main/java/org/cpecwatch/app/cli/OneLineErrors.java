package org.cpecwatch.app.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Every error ends as one clear line on stderr and a non-zero exit code; the stack trace goes to the log. */
final class OneLineErrors implements IExecutionExceptionHandler {

    static final int FAILED = 1;
    private static final Logger LOG = LoggerFactory.getLogger(OneLineErrors.class);

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
        if (!(e instanceof UserError)) {
            LOG.debug("command failed", e);
        }
        command.getErr().println("cpecwatch: " + message(e));
        command.getErr().flush();
        return FAILED;
    }

    static String message(Throwable e) {
        if (e instanceof UserError) {
            return e.getMessage();
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (root != e && root.getMessage() != null && !text.contains(root.getMessage())) {
            text += ": " + root.getMessage();
        }
        return text;
    }
}
