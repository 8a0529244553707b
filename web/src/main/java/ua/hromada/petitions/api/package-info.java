/**
 * The petitions API under /api/v1: thin JAX-RS resources over the petitions session beans, DTO
 * records out, never entities.
 */
package ua.hromada.petitions.api;
