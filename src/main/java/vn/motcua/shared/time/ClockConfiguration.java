package vn.motcua.shared.time;

import java.time.Clock;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.motcua.shared.StoryTime;

/** The one source of time; tests replace it to travel. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * Whichever clock is the source (the system's, or a test's fixed one), the services read it through
     * StoryTime, so that the demo's story of the last office hours is stamped with its own moments. A clock
     * class of a test's own, injected by its type, is left as it is.
     */
    @Bean
    static BeanPostProcessor storyTimeForTheClock() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof Clock clock && clock.getClass().getName().startsWith("java.") ? StoryTime.honouredBy(clock) : bean;
            }
        };
    }
}
