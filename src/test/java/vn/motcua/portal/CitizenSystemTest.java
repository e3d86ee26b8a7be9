package vn.motcua.portal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application with the demo data, a real mail server (GreenMail) that receives what
 * citizens are sent, and a real OpenID Connect provider (Spring Authorization Server) MotCua is
 * configured to sign citizens in through; every class so annotated shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "motcua.demo=true")
@AutoConfigureMockMvc
@ContextConfiguration(initializers = CitizenServers.class)
@interface CitizenSystemTest {
}
