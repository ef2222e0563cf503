/** The kit is public: a member's address in the copy stops the build; the programme's own contact may appear. */
import { describe, expect, it } from 'vitest';
import { assertNoMemberEmail } from '../../scripts/kit/stage.ts';
import { CliError } from '../../scripts/cli/errors.ts';
import { kitContext } from './fixture.ts';

describe('kit privacy guard', () => {
  it('refuses a member e-mail in any kit file, naming the file', async () => {
    const ctx = await kitContext();
    const texts = new Map([['emails/launch.fr.txt', 'Écrivez à V1@alpina.example pour toute question.']]);
    await expect(assertNoMemberEmail(ctx, texts)).rejects.toThrow(CliError);
    await expect(assertNoMemberEmail(ctx, texts)).rejects.toThrow(
      'kit/emails/launch.fr.txt: holds the member address v1@alpina.example',
    );
  });

  it('lets the programme contact through even when that person is a member', async () => {
    const ctx = await kitContext({ configPatch: (c) => (c.programme.contact.email = 'v2@alpina.example') });
    await expect(
      assertNoMemberEmail(ctx, new Map([['calendar.ics', 'contact: v2@alpina.example, not-a-member@else.example']])),
    ).resolves.toBeUndefined();
  });
});
