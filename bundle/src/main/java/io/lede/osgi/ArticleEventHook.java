package io.lede.osgi;

import io.lede.publish.ContentRoots;
import io.lede.publish.NeutralEventMapper;
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

/** Hears Lede's CMS-neutral article events, which carry the article itself. */
@Component(service = EventHandler.class, configurationPid = "io.lede.hooks.article",
        configurationPolicy = ConfigurationPolicy.OPTIONAL,
        property = {EventConstants.EVENT_TOPIC + "=" + NeutralEventMapper.PUBLISH_TOPIC,
                EventConstants.EVENT_TOPIC + "=" + NeutralEventMapper.UNPUBLISH_TOPIC})
@Designate(ocd = ArticleEventHook.Config.class)
public class ArticleEventHook implements EventHandler {
    @ObjectClassDefinition(name = "Lede article event hook")
    public @interface Config {
        @AttributeDefinition(name = "Content roots", description = "Only article ids (or paths) under these; empty: all")
        String[] contentRoots() default {};
    }

    @Reference
    private Publisher publisher;
    private NeutralEventMapper mapper;

    @Activate
    void activate(Config config) {
        mapper = new NeutralEventMapper(new ContentRoots(List.of(config.contentRoots())), Clock.systemUTC());
    }

    @Override
    public void handleEvent(Event event) {
        EventIntake.handle(event, mapper::map, publisher);
    }
}
