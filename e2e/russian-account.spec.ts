import { expect, test, type Locator, type Page } from '@playwright/test';
import { signedInContext, staffContext } from './fixtures/accounts';
import { screenshots, standinStripe } from './fixtures/membership-account';
import { CARDS, payOnCheckout } from './fixtures/stripe';

/**
 * The reader's account area in the Russian edition (#14): /ru/account and everything under it in
 * Russian, with Russian dates and prices, every form answering in Russian, and every change
 * leading back to the Russian pages.
 */

/** «3 января 2027 г.»: a date as ru-RU writes it. */
const RU_DATE = /\d{1,2} [а-яё]+ \d{4}\sг\./;
const exactly = (before: string, after = '') => new RegExp(`^${before}${RU_DATE.source}${after}$`);

/** The Membership card of /ru/account. */
const membershipCard = (page: Page) => page.getByRole('region', { name: 'Участие', exact: true });

/** No English words in a part of the page, bar the names and addresses that stay as they are. */
async function expectNoEnglish(part: Locator) {
  const words = (await part.innerText()).replace(/Ridgeline|Stripe|[\w.+-]+@[\w.-]+/g, '');
  expect(words.match(/[A-Za-z]{2,}/g) ?? [], 'English left in a Russian page').toEqual([]);
}

/** Joins from the Russian edition, through the stand-in's Checkout; returns the subscription at Stripe. */
async function joinInRussian(page: Page, email: string) {
  await page.goto('/ru/membership/join?tier=member&interval=month');
  await page.getByRole('button', { name: 'Перейти к защищённой оплате' }).click();
  await payOnCheckout(page, CARDS.succeeds);
  await expect(page.getByRole('heading', { name: 'Добро пожаловать — и спасибо' })).toBeVisible({ timeout: 20_000 });
  const [customer] = (await standinStripe.customers.list({ email, limit: 1 })).data;
  const [subscription] = (await standinStripe.subscriptions.list({ customer: customer?.id ?? '', limit: 1 })).data;
  if (!subscription) throw new Error(`no subscription for ${email}`);
  return subscription;
}

test('a Russian member’s account is in Russian, and pausing and resuming say so in Russian', async ({ browser }) => {
  test.setTimeout(150_000);
  const { context, page, email } = await signedInContext(browser, 'ru-pauser');
  const subscription = await joinInRussian(page, email);

  await page.goto('/ru/account');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru-RU');
  await expect(page).toHaveTitle(/^Ваша учётная запись/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ваша учётная запись');
  await expect(page.locator('#main').getByText(`Вы вошли как ${email}`)).toBeVisible();
  await expect(page.getByLabel('Имя')).toBeVisible();
  await expect(page.getByText('Вы вошли в учётную запись с 1 устройства или браузера.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Выйти на всех устройствах' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Удалить учётную запись…' })).toHaveAttribute(
    'href',
    '/ru/account/delete',
  );
  const card = membershipCard(page);
  await expect(card.getByText(/^Участник: 10\s\$ в месяц$/)).toBeVisible();
  await expect(card.getByText(exactly('Следующее продление — ', '\\.'))).toBeVisible();
  await expectNoEnglish(card);
  await screenshots(page, 'ru-account');
  await screenshots(page, 'ru-account-membership-renewing', card);

  // The name form answers in Russian.
  await page.getByLabel('Имя').fill('Ана');
  await page.getByRole('button', { name: 'Сохранить имя' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Сохранено.' })).toBeVisible();

  // Pausing: months counted in Russian, each with its Russian date, and the result in Russian.
  const pause = card.getByRole('group', { name: 'Нужен перерыв? Приостановите участие вместо отмены' });
  await expect(pause.getByRole('radio', { name: exactly('1 месяц ?до ') })).toBeChecked();
  await expect(pause.getByRole('radio', { name: exactly('2 месяца ?до ') })).toBeVisible();
  await expect(pause.getByRole('radio', { name: exactly('3 месяца ?до ') })).toBeVisible();
  await card.getByRole('button', { name: 'Приостановить участие' }).click();
  await expect(card.getByText(exactly('Участие приостановлено до ', '\\.'))).toBeVisible();
  await expect(page).toHaveURL('/ru/account');
  await expect(card.getByText('Оплата возобновится сама')).toBeVisible();
  await expect(card.getByRole('button', { name: 'Приостановить участие' })).toHaveCount(0);
  await expectNoEnglish(card);
  await screenshots(page, 'ru-account-membership-paused', card);
  const atStripe = await standinStripe.subscriptions.retrieve(subscription.id);
  expect(atStripe.pause_collection?.behavior).toBe('void');

  await card.getByRole('button', { name: 'Возобновить сейчас' }).click();
  await expect(card.getByText(exactly('Следующее продление — ', '\\.'))).toBeVisible();
  await expect(page).toHaveURL('/ru/account');
  expect((await standinStripe.subscriptions.retrieve(subscription.id)).pause_collection).toBeNull();

  // The saved list and the delete page, for a member, in Russian.
  await card.getByRole('link', { name: 'Сохранённые материалы' }).click();
  await expect(page).toHaveURL('/ru/account/saved');
  await expect(page).toHaveTitle(/^Сохранённые материалы/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Сохранённые материалы');
  await expect(
    page.getByText('Пока ничего не сохранено. Нажмите «Сохранить на потом» на странице любого материала.'),
  ).toBeVisible();
  await page.goto('/ru/account/delete');
  await expect(page.getByText(/^Ваше участие \(Участник, 10\s\$ в месяц\) прекратится/)).toBeVisible();
  await screenshots(page, 'ru-account-delete-member');
  await context.close();
});

test('the cancel flow is in Russian, from the reasons and offers through to its confirmation', async ({ browser }) => {
  test.setTimeout(150_000);
  const { context, page, email } = await signedInContext(browser, 'ru-leaver');
  const subscription = await joinInRussian(page, email);
  await page.goto('/ru/account');
  await membershipCard(page).getByRole('link', { name: 'Отменить участие…' }).click();
  await expect(page).toHaveURL('/ru/account/cancel');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru-RU');
  await expect(page).toHaveTitle(/^Отмена участия/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Отмена участия');
  const reasons = page.getByRole('group', { name: 'Почему вы уходите?' });
  await expect(reasons.getByRole('radio')).toHaveCount(5);
  await expectNoEnglish(page.locator('.cancel-flow'));
  await screenshots(page, 'ru-cancel-reason-step');

  const offers = page.locator('.cancel-offers');
  await reasons.getByRole('radio', { name: 'Слишком дорого' }).check();
  await expect(offers.getByRole('heading', { name: 'Можно платить меньше' })).toBeVisible();
  await expect(offers.getByRole('button', { name: /^Перейти на «Сторонник», 5\s\$ в месяц$/ })).toBeVisible();
  await expect(offers.getByText(/100\s\$ в год, экономия — 20\s\$/)).toBeVisible();
  await expect(offers.getByRole('button', { name: /^Перейти на 100\s\$ в год$/ })).toBeVisible();
  await expect(offers.getByRole('button', { name: exactly('Приостановить до ') })).toHaveCount(3);
  await expectNoEnglish(offers);
  await screenshots(page, 'ru-cancel-offer-too-expensive', offers);

  await reasons.getByRole('radio', { name: 'Я почти не читаю' }).check();
  await expect(offers.getByRole('heading', { name: 'Можно сделать перерыв' })).toBeVisible();
  await expect(offers.getByRole('button', { name: /^Перейти/ })).toHaveCount(0);

  await reasons.getByRole('radio', { name: 'Проблемы с оплатой' }).check();
  await expect(offers.getByRole('heading', { name: 'Возможно, это легко исправить' })).toBeVisible();
  await expect(offers.getByRole('button', { name: 'Обновить карту' })).toBeVisible();
  await expectNoEnglish(offers);
  await screenshots(page, 'ru-cancel-offer-payment', offers);

  await reasons.getByRole('radio', { name: 'Мне не нравится, как вы освещаете события' }).check();
  await expect(offers.getByText('в чём мы, по-вашему, ошиблись, — редактор прочтёт')).toBeVisible();
  await expect(offers.getByRole('button')).toHaveCount(0);

  // Declines the offers and cancels: the confirmation on the account page is in Russian.
  await reasons.getByRole('radio', { name: 'Слишком дорого' }).check();
  await page.getByLabel('Что ещё вы хотели бы нам сказать').fill('Аренда в Тбилиси подорожала.');
  await expect(page.getByText(new RegExp(`продлится до ${RU_DATE.source} и на этом закончится`))).toBeVisible();
  await page.getByRole('button', { name: 'Отменить участие', exact: true }).click();
  await expect(page).toHaveURL('/ru/account');
  const card = membershipCard(page);
  await expect(card.getByText(exactly('Ваше участие закончится ', '\\.'))).toBeVisible();
  await expect(card.getByText('До этого дня вам доступны все материалы')).toBeVisible();
  await expect(card.getByRole('link', { name: 'Отменить участие…' })).toHaveCount(0);
  await expectNoEnglish(card);
  await screenshots(page, 'ru-account-membership-ending', card);
  expect(await standinStripe.subscriptions.retrieve(subscription.id)).toMatchObject({
    cancel_at_period_end: true,
    cancellation_details: { feedback: 'too_expensive', comment: 'Аренда в Тбилиси подорожала.' },
  });

  // Taken back, then a pause taken from the cancel page instead: back to the Russian account page.
  await card.getByRole('button', { name: 'Остаться участником' }).click();
  await expect(card.getByText(exactly('Следующее продление — ', '\\.'))).toBeVisible();
  await expect(page).toHaveURL('/ru/account');
  await page.goto('/ru/account/cancel');
  await page.getByRole('radio', { name: 'Я почти не читаю' }).check();
  await page
    .getByRole('button', { name: exactly('Приостановить до ') })
    .nth(1)
    .click();
  await expect(page).toHaveURL('/ru/account');
  await expect(membershipCard(page).getByText(exactly('Участие приостановлено до ', '\\.'))).toBeVisible();
  await context.close();
});

test('a Russian reader who is not a member is offered membership in Russian, and deletes their account in Russian', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const { context, page, email } = await signedInContext(browser, 'ru-reader-account');
  await page.goto('/ru/account');
  const card = membershipCard(page);
  await expect(card.getByText('Вы пока не участник. Благодаря участникам')).toBeVisible();
  await expect(card.getByText(/Участие — от 5\s\$ в месяц\./)).toBeVisible();
  await expect(card.getByRole('link', { name: 'Стать участником' })).toHaveAttribute(
    'href',
    '/ru/membership?placement=home',
  );
  await expectNoEnglish(card);
  await screenshots(page, 'ru-account-reader');

  await page.goto('/ru/account/saved');
  await expect(page.getByText('Сохранять материалы, чтобы прочитать их позже, могут участники.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Стать участником' }).last()).toHaveAttribute(
    'href',
    '/ru/membership?placement=home',
  );

  await page.goto('/ru/account/delete');
  await expect(page).toHaveTitle(/^Удаление учётной записи/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Удаление учётной записи');
  await page.getByLabel(`Чтобы подтвердить, введите ${email}`).fill('someone-else@example.org');
  await page.getByRole('button', { name: 'Удалить учётную запись' }).click();
  await expect(
    page.getByText('Для подтверждения введите адрес электронной почты точно так, как он указан.'),
  ).toBeVisible();
  await expectNoEnglish(page.locator('.account-card--danger'));
  await screenshots(page, 'ru-account-delete-refused');
  await page.getByLabel(`Чтобы подтвердить, введите ${email}`).fill(email);
  await page.getByRole('button', { name: 'Удалить учётную запись' }).click();
  await expect(page).toHaveURL('/ru?account=deleted');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru-RU');
  await context.close();
});

test('a complimentary membership is told in Russian, with its Russian end date', async ({ browser }) => {
  test.setTimeout(90_000);
  const { context, page, email } = await signedInContext(browser, 'ru-complimentary');
  const adminContext = await staffContext(browser, 'admin@newsroom.test');
  const admin = await adminContext.newPage();
  await admin.goto(`/admin/members?q=${encodeURIComponent(email)}`);
  await admin.getByRole('link', { name: 'Open the account' }).click();
  await admin.getByLabel('Reason').fill('Student in Gyumri');
  await admin.getByRole('button', { name: 'Grant membership' }).click();
  await expect(admin.getByText('Complimentary membership granted.')).toBeVisible();

  await page.goto('/ru/account');
  await expect(
    membershipCard(page).getByText(
      new RegExp(`^Вы участник до ${RU_DATE.source}, и платить ничего не нужно: это подарок или бесплатное участие\\.`),
    ),
  ).toBeVisible();
  await screenshots(page, 'ru-account-complimentary', membershipCard(page));
  await adminContext.close();
  await context.close();
});
