package vn.motcua.notifications.internal;

import vn.motcua.notifications.NotificationChannel;

/** Hands a message to the outside world: an SMTP server or an SMS gateway. */
public interface Courier {

    NotificationChannel channel();

    /** False when this installation has no server or gateway for the channel. */
    boolean configured();

    /** Delivers the message or throws, with a reason a person can read, when the other side refused or could not be reached. */
    void deliver(String recipient, String subject, String body) throws Exception;
}
