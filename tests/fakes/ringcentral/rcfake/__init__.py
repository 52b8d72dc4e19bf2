# SPDX-FileCopyrightText: 2026 The RC Archiver authors
# SPDX-License-Identifier: GPL-3.0-or-later

"""A fake RingCentral platform and media server for tests (Python standard library only).

Modules: ``server`` (HTTP routing and the control API), ``data`` (the seeded account),
``auth`` (OAuth sessions), ``ratelimit``, ``faults``, ``media`` (deterministic content bytes),
``errors`` (RingCentral error bodies) and ``timeutil``.
"""
