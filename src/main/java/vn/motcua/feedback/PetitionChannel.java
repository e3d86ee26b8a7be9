package vn.motcua.feedback;

/** How a petition came in: the public form, the hotline, in person, by mail. */
public enum PetitionChannel {
    ONLINE, HOTLINE, DIRECT, MAIL
}
