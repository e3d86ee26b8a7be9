package vn.motcua.units;

/** Bộ phận Một cửa of an agency as a visitor needs it: the address to go to and the hours it receives. */
public record AgencyDesk(String address, String hours) {
}
