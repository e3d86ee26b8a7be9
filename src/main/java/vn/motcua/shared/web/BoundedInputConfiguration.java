package vn.motcua.shared.web;

import java.text.ParseException;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.format.Parser;
import org.springframework.format.Printer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.datetime.standard.Jsr310DateTimeFormatAnnotationFormatterFactory;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;
import vn.motcua.shared.InputBounds;

/** Applies {@link InputBounds} to request parameters (dates) and to JSON bodies (dates and text). */
@Configuration(proxyBeanMethods = false)
class BoundedInputConfiguration implements WebMvcConfigurer {

    /** Registered after the standard date formats, so it is the one that parses an annotated date parameter. */
    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldAnnotation(new BoundedDates());
    }

    /** Picked up by the application's JSON mapper like any JacksonModule bean. */
    @Bean
    JacksonModule boundedInput() {
        SimpleModule module = new SimpleModule("motcua-input-bounds");
        module.setDeserializerModifier(new ValueDeserializerModifier() {
            private static final long serialVersionUID = 1L;

            @Override
            public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier description,
                    ValueDeserializer<?> deserializer) {
                return InputBounds.checks(description.getBeanClass()) ? new Bounded(deserializer, description.getBeanClass()) : deserializer;
            }
        });
        return module;
    }

    /** A JSON value read as usual, then refused (400 naming the field) when outside the bounds. */
    private static final class Bounded extends DelegatingDeserializer {

        private final Class<?> type;

        Bounded(ValueDeserializer<?> delegate, Class<?> type) {
            super(delegate);
            this.type = type;
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new Bounded(delegate, type);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            Object value = super.deserialize(parser, context);
            try {
                return InputBounds.checked(value);
            } catch (IllegalArgumentException outside) {
                throw InvalidFormatException.from(parser, outside.getMessage(), value, type);
            }
        }
    }

    /** The standard ISO date parameters, refused when outside the bounds. */
    private static final class BoundedDates implements AnnotationFormatterFactory<DateTimeFormat> {

        private final Jsr310DateTimeFormatAnnotationFormatterFactory standard = new Jsr310DateTimeFormatAnnotationFormatterFactory();

        @Override
        public Set<Class<?>> getFieldTypes() {
            return standard.getFieldTypes();
        }

        @Override
        public Printer<?> getPrinter(DateTimeFormat annotation, Class<?> fieldType) {
            return standard.getPrinter(annotation, fieldType);
        }

        @Override
        public Parser<?> getParser(DateTimeFormat annotation, Class<?> fieldType) {
            Parser<?> parser = standard.getParser(annotation, fieldType);
            return (String text, Locale locale) -> {
                Object value = parser.parse(text, locale);
                try {
                    return InputBounds.checked(value);
                } catch (IllegalArgumentException outside) {
                    throw new ParseException(outside.getMessage(), 0);
                }
            };
        }
    }
}
