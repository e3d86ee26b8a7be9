package vn.motcua.shared.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.motcua.shared.DemoMode;

/** What the shared page layout needs on every page. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class PageModel {

    private final DemoMode demoMode;

    PageModel(DemoMode demoMode) {
        this.demoMode = demoMode;
    }

    @ModelAttribute("demoActive")
    boolean demoActive() {
        return demoMode.active();
    }
}
