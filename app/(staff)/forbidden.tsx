export default function Forbidden() {
  return (
    <main id="main" className="wrap page-narrow error-page">
      <p className="kicker">Error 403</p>
      <h1 className="page-title">This part of the site is for the newsroom</h1>
      <p className="lede">
        Your account doesn’t have access here. If you work at Ridgeline, ask an admin to give your account a role.
      </p>
      <p>
        <a href="/">Go to the front page</a>
      </p>
    </main>
  );
}
