package vn.motcua.portal;

import java.time.LocalDate;

/**
 * A submission in the desk's list: the day by which the desk should answer it (the working day
 * after the one it was submitted on), whether that day has passed, and whether the citizen already paid
 * its fee online.
 */
public record DeskItem(Submission submission, LocalDate answerBy, boolean late, boolean paidOnline) {
}
