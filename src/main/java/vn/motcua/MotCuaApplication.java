package vn.motcua;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/** MotCua: the one-stop desk and the administrative-reform report of a Vietnamese local government. */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
public class MotCuaApplication {

    public static void main(String[] args) {
        SpringApplication.run(MotCuaApplication.class, args);
    }
}
