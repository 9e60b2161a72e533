// Placeholder: the builder team replaces this with the real shell (issue 5); pack, deployment and
// staff screens (issue 6) mount under it.
export function BuilderApp() {
  return <main><h1>Kevyt</h1></main>;
}
