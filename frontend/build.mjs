// Copies the NL Design System CSS we use from node_modules into the Django static
// folder. Run through `make assets`; the output is committed.
import { copyFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const target = join(here, "..", "lerendnetwerk", "static", "vendor", "utrecht");
mkdirSync(target, { recursive: true });

const files = {
  "@utrecht/component-library-css/dist/index.css": "component-library.css",
  "@utrecht/design-tokens/dist/theme.css": "design-tokens.css",
  "@utrecht/component-library-css/LICENSE.md": "LICENSE-component-library.md",
};
for (const [source, name] of Object.entries(files)) {
  copyFileSync(join(here, "node_modules", source), join(target, name));
  console.log(`${source} -> lerendnetwerk/static/vendor/utrecht/${name}`);
}
