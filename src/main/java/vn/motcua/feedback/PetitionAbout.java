package vn.motcua.feedback;

/** What a petition is about: an administrative regulation (quy định hành chính) or how officials served (hành vi, dịch vụ). */
public enum PetitionAbout {
    REGULATION, SERVICE
}
