package vn.motcua.feedback;

/** A petition as submitted on the public form or typed in from the hotline; {@code unitCode} is the unit it concerns. */
public record NewPetition(PetitionChannel channel, PetitionAbout about, String unitCode, String name, String phone, String email,
        String address, String subject, String content) {
}
