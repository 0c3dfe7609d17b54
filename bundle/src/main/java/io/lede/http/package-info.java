/** Plain helpers shared by Lede's HTTP endpoints: access policy, parameter reading, JSON answers. */
package io.lede.http;
