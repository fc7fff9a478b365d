package org.editio.service;

/** Something made from one revision of an edition, with that revision (the ETag names it). */
public record Revised<T>(long revision, T value) {
}
