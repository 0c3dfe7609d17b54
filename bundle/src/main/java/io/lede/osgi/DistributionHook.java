package io.lede.osgi;

import io.lede.publish.ContentRoots;
import io.lede.publish.DistributionEventMapper;
import io.lede.publish.Publisher;
import java.time.Clock;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Hears Apache Sling Content Distribution (ADD, DELETE) of pages under the content roots. */
@Component(service = EventHandler.class, configurationPid = "io.lede.hooks.distribution",
        configurationPolicy = ConfigurationPolicy.OPTIONAL,
        property = EventConstants.EVENT_TOPIC + "=" + DistributionEventMapper.TOPIC)
@Designate(ocd = DistributionHook.Config.class)
public class DistributionHook implements EventHandler {
    @ObjectClassDefinition(name = "Lede Sling Content Distribution hook")
    public @interface Config {
        @AttributeDefinition(name = "Content roots", description = "Only pages under these paths; empty: all")
        String[] contentRoots() default {};
    }

    @Reference
    private Publisher publisher;
    private DistributionEventMapper mapper;

    @Activate
    void activate(Config config) {
        mapper = new DistributionEventMapper(new ContentRoots(List.of(config.contentRoots())), Clock.systemUTC());
    }

    @Override
    public void handleEvent(Event event) {
        EventIntake.handle(event, (topic, props) -> mapper.map(props), publisher);
    }
}
