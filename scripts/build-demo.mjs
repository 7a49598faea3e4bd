// Placeholder until the demo's static pages are generated here (see demo issue).
