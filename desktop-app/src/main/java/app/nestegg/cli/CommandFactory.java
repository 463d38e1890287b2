package app.nestegg.cli;

import java.lang.reflect.Constructor;
import picocli.CommandLine;

/**
 * Creates the commands with constructor injection: a class with a {@code (Cli)} constructor gets the run's {@link Cli};
 * the global options mixin is the run's single instance; anything else comes from picocli's default factory.
 */
final class CommandFactory implements CommandLine.IFactory {

    private final Cli cli;

    CommandFactory(Cli cli) {
        this.cli = cli;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        if (type == GlobalOptions.class) {
            return type.cast(cli.options());
        }
        Constructor<K> constructor;
        try {
            constructor = type.getDeclaredConstructor(Cli.class);
        } catch (NoSuchMethodException e) {
            return CommandLine.defaultFactory().create(type);
        }
        return constructor.newInstance(cli);
    }
}
