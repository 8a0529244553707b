-- Tools are registered by their manifests and stored by their lower-case keys (the enum is gone);
-- rows of tools no manifest registers stay inert until the community's settings are next saved.
UPDATE community_tool SET tool = LOWER(tool);
