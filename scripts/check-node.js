// Plain JavaScript on purpose: it must run on old Node versions to say why the TypeScript entry points won't.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `Node.js ${process.versions.node} is too old: the dashboard needs Node 22.12 or newer (Node 24 LTS recommended, see .nvmrc).`,
  );
  process.exit(1);
}
