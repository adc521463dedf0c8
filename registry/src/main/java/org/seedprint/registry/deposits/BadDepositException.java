package org.seedprint.registry.deposits;

/** A deposit request that cannot be accepted; the message names the field or file. */
class BadDepositException extends RuntimeException {

    BadDepositException(String message) {
        super(message);
    }
}
